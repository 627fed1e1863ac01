package org.talentcatalog.tabular.internal;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentcatalog.tabular.internal.Column.Kind;

/**
 * Units written in a header's brackets, as published tables have them: {@code 薪酬（元/月）},
 * {@code 起薪范围（万元/年）}, {@code 需求数量（人）}, {@code 工作经验（年）} (full- or half-width
 * brackets). A unit names the column it follows only where it fits the column (a salary unit on the
 * salary, 人 on the headcount, 年 on the experience), and is applied to a cell that gives none
 * ({@code 15-25} under {@code 薪酬（万元/年）} is 15–25万/年). Stateless.
 */
public final class HeaderUnits {

    /** A header key (see {@link Normal#key}) ending in a bracketed part: NFKC makes （） into (). */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\(([^()]+)\\)$");

    /** The salary units, as keys, and the text a bare amount takes so {@link Salaries} reads it. */
    private static final Map<String, String> SALARY = Map.ofEntries(
            Map.entry("元/月", "元/月"), Map.entry("元/年", "元/年"),
            Map.entry("万元/年", "万/年"), Map.entry("万/年", "万/年"), Map.entry("万元/月", "万/月"), Map.entry("万/月", "万/月"),
            Map.entry("千元/月", "k/月"), Map.entry("千元/年", "k/年"), Map.entry("k/月", "k/月"), Map.entry("k/年", "k/年"));
    private static final Set<String> PEOPLE = Set.of("人", "名", "个", "人数");
    private static final Set<String> YEARS = Set.of("年", "年以上");
    private static final Pattern BARE_AMOUNT = Pattern.compile("^\\d+(?:\\.\\d+)?(?:(?:-|~|—|–|至|到)\\d+(?:\\.\\d+)?)?$");

    private HeaderUnits() {
    }

    /**
     * A header key split into its name and its bracketed unit, or {@code null} when it has no
     * bracketed part.
     *
     * @param key the header's {@link Normal#key}
     * @return {@code {name, unit}}, both keys
     */
    public static String[] split(String key) {
        Matcher m = BRACKETED.matcher(key);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** Whether the unit (a key) fits a column of the given kind. */
    public static boolean fits(Kind kind, String unit) {
        switch (kind) {
            case SALARY:
                return SALARY.containsKey(unit);
            case INTEGER:
                return PEOPLE.contains(unit);
            case EXPERIENCE:
                return YEARS.contains(unit);
            default:
                return false;
        }
    }

    /**
     * The text the column's reader is given for a cell under a header with {@code unit}: a salary
     * without its own unit gets the header's ({@code 15-25} → {@code 15-25万/年}), a headcount loses a
     * trailing unit word ({@code 30人} → {@code 30}); any other cell, and every cell of a column
     * without unit, is given as it is. The reader's message then quotes the cell as written.
     *
     * @param unit the header's unit (a key), or {@code null}
     */
    public static String apply(Kind kind, String unit, String cell) {
        if (unit == null) {
            return cell;
        }
        String key = Normal.key(cell);
        if (kind == Kind.SALARY && BARE_AMOUNT.matcher(key).matches()) {
            return key + SALARY.get(unit);
        }
        if (kind == Kind.INTEGER) {
            for (String word : PEOPLE) {
                if (key.endsWith(word) && key.length() > word.length() && Character.isDigit(key.charAt(key.length() - word.length() - 1))) {
                    return key.substring(0, key.length() - word.length());
                }
            }
        }
        return cell;
    }
}
