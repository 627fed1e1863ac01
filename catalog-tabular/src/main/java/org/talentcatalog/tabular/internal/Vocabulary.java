package org.talentcatalog.tabular.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentcatalog.model.CodeEntry;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.ShortageLevel;

/**
 * The words published catalogs use for codes (docs/format.md, "Tables"), mapped to the format's
 * codes. Every method returns {@code null} for a word it does not know; the caller reports the cell.
 * Stateless.
 */
public final class Vocabulary {

    private static final Map<String, ShortageLevel> LEVEL_WORDS = new HashMap<>();
    private static final String[][] EDUCATION_WORDS = {
        {"博士", "DOCTORATE"}, {"硕士", "MASTER"}, {"研究生", "MASTER"}, {"本科", "BACHELOR"}, {"学士", "BACHELOR"},
        {"大专", "ASSOCIATE"}, {"专科", "ASSOCIATE"}, {"高职", "ASSOCIATE"}, {"中专", "VOCATIONAL"}, {"中职", "VOCATIONAL"},
        {"技工", "VOCATIONAL"}, {"技校", "VOCATIONAL"}, {"职高", "VOCATIONAL"}, {"高中", "HIGH_SCHOOL"},
        {"不限", "UNSPECIFIED"}, {"无要求", "UNSPECIFIED"}};
    private static final Pattern YEARS = Pattern.compile("^(\\d{1,3})(?:年|years?|yrs?)?(以上|及以上|或以上|\\+|以下|及以下|ormore)?$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{1,3})(?:年|years?)?(?:-|~|—|–|至|到|to)(\\d{1,3})(?:年|years?)?$");

    static {
        for (ShortageLevel l : ShortageLevel.values()) {
            LEVEL_WORDS.put(Normal.key(l.code()), l);
            LEVEL_WORDS.put(Normal.key(l.zh()), l);
            LEVEL_WORDS.put(Normal.key(l.en()), l);
        }
        LEVEL_WORDS.put("重度紧缺", ShortageLevel.VERY_SCARCE);
        LEVEL_WORDS.put("中度紧缺", ShortageLevel.SCARCE);
        LEVEL_WORDS.put("轻度紧缺", ShortageLevel.GENERALLY_SCARCE);
    }

    private Vocabulary() {
    }

    /** A three-level word or code; {@code null} when unknown. Stars are read by {@link #stars}. */
    public static ShortageLevel level(String cell) {
        return LEVEL_WORDS.get(Normal.key(cell));
    }

    /**
     * The number of stars of a star rating such as {@code ★★}, {@code ★★☆} or {@code ★★★★★}, and the
     * size of its scale when hollow stars pad it; {@code null} when the cell is not a star rating.
     *
     * @return {@code {filled, scale}} where scale is 0 when no hollow stars are given
     */
    public static int[] stars(String cell) {
        String s = Normal.key(cell);
        int filled = 0;
        int hollow = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '★') {
                if (hollow > 0) {
                    return null;
                }
                filled++;
            } else if (c == '☆') {
                hollow++;
            } else {
                return null;
            }
        }
        return filled == 0 ? null : new int[] {filled, hollow == 0 ? 0 : filled + hollow};
    }

    /** The minimum education of a code, label or bucket such as 硕士及以上 or 大专以下. */
    public static Education education(String cell) {
        String s = Normal.key(cell);
        Education exact = labelled(Education.class, s);
        if (exact != null) {
            return exact;
        }
        if (s.endsWith("以下")) {
            return Education.UNSPECIFIED; // "below X": anything down to no requirement
        }
        s = s.replace("博士研究生", "博士").replace("硕士研究生", "硕士").replace("学历", "").replace("学位", "");
        Education min = null;
        for (String[] word : EDUCATION_WORDS) {
            if (s.contains(word[0])) {
                Education e = Education.valueOf(word[1]);
                min = min == null || e.rank() < min.rank() ? e : min;
            }
        }
        if (min == null) {
            return null;
        }
        String rest = s;
        for (String[] word : EDUCATION_WORDS) {
            rest = rest.replace(word[0], "");
        }
        rest = rest.replaceAll("及以上|或以上|以上|及|或|和|/|、|,|-|~|大学|\\(含\\)|含|全日制", "");
        return rest.isEmpty() ? min : null;
    }

    /** The minimum years of wording such as 3年以上, 1-3年, 10年及以上, 不限 or a bare number. */
    public static Integer minYears(String cell) {
        String s = chineseNumerals(Normal.key(cell));
        if (s.equals("不限") || s.equals("无") || s.equals("无要求") || s.equals("经验不限") || s.startsWith("应届")) {
            return 0;
        }
        Matcher m = YEARS.matcher(s);
        if (m.matches()) {
            String suffix = m.group(2);
            return suffix != null && suffix.endsWith("以下") ? 0 : Integer.valueOf(m.group(1));
        }
        m = YEAR_RANGE.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
            return Integer.valueOf(m.group(1));
        }
        return null;
    }

    private static String chineseNumerals(String s) {
        String digits = "零一二三四五六七八九";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digits.indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (c == '十') {
                boolean before = sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1));
                boolean after = i + 1 < s.length() && (digits.indexOf(s.charAt(i + 1)) > 0);
                sb.append(before ? "" : "1").append(after ? "" : "0");
            } else if (d >= 0) {
                sb.append((char) ('0' + d));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The constant of an enumeration whose code, Chinese or English label matches; else {@code null}. */
    public static <E extends Enum<E> & Labelled> E labelled(Class<E> type, String cell) {
        String s = Normal.key(cell);
        for (E e : type.getEnumConstants()) {
            if (s.equals(Normal.key(e.code())) || s.equals(Normal.key(e.zh())) || s.equals(Normal.key(e.en()))) {
                return e;
            }
        }
        if (((Class<?>) type) == org.talentcatalog.model.Policy.class && s.equals("引进")) {
            return type.cast(org.talentcatalog.model.Policy.TALENT_INTRODUCTION);
        }
        return null;
    }

    /** An industry code given as the code itself or as a label of the code lists; else {@code null}. */
    public static String industry(String cell, CodeLists lists) {
        String trimmed = cell.strip();
        if (trimmed.matches("^[A-Z][A-Z0-9_]{1,63}$")) {
            return trimmed;
        }
        String s = Normal.key(cell);
        for (CodeEntry e : lists.industries()) {
            if (s.equals(Normal.key(e.zh())) || s.equals(Normal.key(e.en())) || s.equals(Normal.key(e.code()))) {
                return e.code();
            }
        }
        return null;
    }

    /** The items of a list cell: {@link TextItems#listItems} (the JSON array form is {@link ListCells}'s). */
    public static List<String> split(String cell) {
        return TextItems.listItems(cell);
    }
}
