package org.talentcatalog.tabular.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.internal.Texts;

/**
 * Reads a free-text requirements cell (任职要求) into the requirements it states, as published
 * catalogs write them: {@code 1.本科及以上学历，汽车、机械等相关专业；2.5年及以上EE架构工作经验；3.熟练掌握CANoe、CAD}.
 * Clauses are cut by {@link TextItems#clauses}; within a clause, the phrases between commas are read
 * as the minimum education ({@code 本科及以上学历}), majors ({@code 汽车、机械等相关专业}), experience
 * ({@code 5年及以上…经验}) or a certification ({@code 持有…证书}, {@code …资格}, {@code 职称}); what is left of
 * a clause is one competency, as written. Only what the text says is returned. Stateless.
 */
public final class RequirementText {

    private static final String DEGREE = "博士|硕士|研究生|本科|学士|大专|专科|高职|中专|中职|技工|技校|职高|高中";
    private static final Pattern EDUCATION = Pattern.compile("(?:全日制|统招)?(?:大学)?(?:" + DEGREE + ")(?:研究生)?"
            + "(?:(?:或|/|、|及)(?:大学)?(?:" + DEGREE + ")(?:研究生)?)*"
            + "(?:(?:学历|学位)?(?:及以上|或以上|以上)(?:学历|学位)?|学历|学位)|学历不限|不限学历");
    private static final Pattern YEARS = Pattern.compile(
            "(?<![0-9.])([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:[-~～—至到]\\s*(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*)?(?:周)?年");
    private static final Pattern EXPERIENCE_WORD = Pattern.compile("经验|工作|从业|经历|工龄|年限|资历");
    private static final Pattern NO_EXPERIENCE = Pattern.compile("经验不限|不限经验|无经验要求|工作经验不限");
    private static final Pattern CERTIFICATION = Pattern.compile("证书|资格|持有|职称|执业");
    private static final Pattern MAJORS = Pattern.compile("^(?:所学)?(.*?)(?:等)?(?:相关|相近)?专业(?:毕业|背景|方向)?(?:优先)?$");
    private static final Pattern NO_MAJOR = Pattern.compile("专业不限|不限专业");
    private static final Pattern MAJORS_LABELLED = Pattern.compile("^专业(?:要求|背景)?[：:](.+)$");
    private static final Pattern HEADING = Pattern.compile("(?:任职要求|任职资格|任职条件|岗位要求|职位要求|岗位任职要求)\\s*[：:]");
    private static final Pattern PHRASE_CUT = Pattern.compile("[，,]");
    private static final int ITEM_MAX = 200;
    private static final String[] DEGREE_WORDS = DEGREE.split("\\|");
    private static final Education[] DEGREE_LEVELS = new Education[DEGREE_WORDS.length];

    static {
        for (int i = 0; i < DEGREE_WORDS.length; i++) {
            DEGREE_LEVELS[i] = Vocabulary.education(DEGREE_WORDS[i]);
        }
    }

    /**
     * What a requirements text says; absent parts are {@code null} or empty.
     *
     * @param education the minimum education, or {@code null}
     * @param majors majors, unique, in the order written
     * @param minYears the minimum years of experience (0..50), or {@code null}
     * @param experience the phrase that states the experience, or {@code null}
     * @param competencies competencies, one per clause, unique
     * @param certifications certifications and titles, unique
     */
    public record Inferred(@Nullable Education education, List<String> majors, @Nullable Integer minYears,
            @Nullable String experience, List<String> competencies, List<String> certifications) {

        /** Whether the text stated nothing this reader knows. */
        public boolean isEmpty() {
            return education == null && majors.isEmpty() && minYears == null && competencies.isEmpty() && certifications.isEmpty();
        }
    }

    private RequirementText() {
    }

    /**
     * The part of a free-text cell (岗位职责 and the like) after a heading such as {@code 任职要求：},
     * or {@code null} when the cell has no such heading.
     */
    public static @Nullable String afterHeading(String cell) {
        Matcher m = HEADING.matcher(cell);
        return m.find() ? cell.substring(m.end()) : null;
    }

    /** What a requirements text says (a heading such as {@code 任职要求：} before it is skipped). */
    public static Inferred read(String text) {
        String body = text;
        Matcher heading = HEADING.matcher(text);
        if (heading.find() && Texts.trim(text.substring(0, heading.start())).isEmpty()) {
            body = text.substring(heading.end());
        }
        Education education = null;
        Set<String> majors = new LinkedHashSet<>();
        Integer minYears = null;
        String experience = null;
        Set<String> competencies = new LinkedHashSet<>();
        Set<String> certifications = new LinkedHashSet<>();
        for (String clause : TextItems.clauses(body)) {
            List<String> left = new ArrayList<>();
            for (String raw : PHRASE_CUT.split(clause, -1)) {
                String phrase = Texts.trim(raw);
                if (phrase.isEmpty()) {
                    continue;
                }
                Matcher edu = EDUCATION.matcher(phrase);
                if ((phrase.indexOf('学') >= 0 || phrase.indexOf('以') >= 0) && edu.find()) {
                    Education e = lowest(edu.group());
                    education = education == null || e.rank() < education.rank() ? e : education;
                    phrase = Texts.trim(phrase.substring(0, edu.start()) + phrase.substring(edu.end()));
                    if (phrase.isEmpty()) {
                        continue;
                    }
                }
                Integer years = years(phrase);
                if (years != null) {
                    if (minYears == null) {
                        minYears = years;
                        experience = phrase.length() <= ITEM_MAX ? phrase : null;
                    }
                } else if (CERTIFICATION.matcher(phrase).find()) {
                    add(certifications, phrase);
                } else if (!majors(phrase, majors)) {
                    left.add(phrase);
                }
            }
            if (!left.isEmpty()) {
                add(competencies, String.join("，", left));
            }
        }
        return new Inferred(education, List.copyOf(majors), minYears, experience, List.copyOf(competencies), List.copyOf(certifications));
    }

    /** The lowest degree a phrase such as {@code 本科或硕士及以上学历} names (学历不限: no requirement). */
    private static Education lowest(String phrase) {
        Education min = null;
        String named = phrase.replace("博士研究生", "博士").replace("硕士研究生", "硕士");
        for (int i = 0; i < DEGREE_WORDS.length; i++) {
            if (named.contains(DEGREE_WORDS[i])) {
                Education e = DEGREE_LEVELS[i];
                min = min == null || e.rank() < min.rank() ? e : min;
            }
        }
        return min == null ? Education.UNSPECIFIED : min;
    }

    /** The minimum years an experience phrase states, or {@code null} when it states none. */
    private static @Nullable Integer years(String phrase) {
        if (NO_EXPERIENCE.matcher(phrase).find()) {
            return 0;
        }
        if (phrase.indexOf('年') < 0 || !EXPERIENCE_WORD.matcher(phrase).find()) {
            return null;
        }
        Matcher m = YEARS.matcher(phrase);
        if (!m.find()) {
            return null;
        }
        Integer n = Vocabulary.minYears(m.group(1));
        return n != null && n <= 50 ? n : null;
    }

    /** Adds the majors a phrase such as {@code 汽车、机械等相关专业} names; whether it was such a phrase. */
    private static boolean majors(String phrase, Set<String> out) {
        if (!phrase.contains("专业")) {
            return false;
        }
        if (NO_MAJOR.matcher(phrase).matches()) {
            return true;
        }
        Matcher m = MAJORS_LABELLED.matcher(phrase);
        if (!m.matches()) {
            m = MAJORS.matcher(phrase);
            if (!m.matches()) {
                return false;
            }
        }
        String names = Texts.trim(m.group(1));
        if (names.isEmpty()) {
            return true; // 相关专业: no names
        }
        List<String> items = TextItems.names(names.replace('或', '、').replace('/', '、').replace('及', '、').replace('和', '、'));
        if (items == null && TextItems.isName(names)) {
            items = List.of(names);
        }
        if (items == null) {
            return false;
        }
        items.forEach(out::add);
        return true;
    }

    private static void add(Set<String> out, String item) {
        if (item.codePointCount(0, item.length()) <= ITEM_MAX) {
            out.add(item);
        }
    }
}
