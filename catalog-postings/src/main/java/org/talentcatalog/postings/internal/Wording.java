package org.talentcatalog.postings.internal;

import java.util.List;

/**
 * Education and experience requirements, as postings word them, read into a few categories. The
 * categories' codes are the keys of the mixes a result reports.
 */
public final class Wording {

    /** Education categories, by index. */
    public static final List<String> EDUCATION = List.of("any", "secondary", "associate", "bachelor", "master",
            "doctorate", "unstated");
    /** Experience categories, by index. */
    public static final List<String> EXPERIENCE = List.of("any", "under_1", "1_3", "3_5", "5_10", "over_10",
            "unstated");

    private static final int UNSTATED = 6;

    private Wording() {
    }

    /**
     * The education category of a wording: 不限 → any; 初中/高中/中专/中技/技校 → secondary; 大专/专科
     * → associate; 本科/学士 → bachelor; 硕士/研究生 → master; 博士 → doctorate; English words
     * likewise; anything else (or nothing) → unstated. The highest level named counts.
     *
     * @param text the wording
     * @return the category index in {@link #EDUCATION}
     */
    public static int education(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.contains("博士") || t.contains("phd") || t.contains("doctor")) {
            return 5;
        }
        if (t.contains("硕士") || t.contains("研究生") || t.contains("master")) {
            return 4;
        }
        if (t.contains("本科") || t.contains("学士") || t.contains("bachelor")) {
            return 3;
        }
        if (t.contains("大专") || t.contains("专科") || t.contains("associate") || t.contains("college")) {
            return 2;
        }
        if (t.contains("高中") || t.contains("中专") || t.contains("中技") || t.contains("技校") || t.contains("初中")
                || t.contains("secondary") || t.contains("high school")) {
            return 1;
        }
        if (t.contains("不限") || t.contains("学历不限") || t.equals("any") || t.equals("none")) {
            return 0;
        }
        return UNSTATED;
    }

    /**
     * The experience category of a wording: 不限/无经验/应届/在校 → any; otherwise the first number of
     * years in it (Arabic or 一 to 十) as a lower bound: below 1 (or "1年以下") → under_1, 1–2 →
     * 1_3, 3–4 → 3_5, 5–9 → 5_10, 10 and more → over_10; anything else → unstated.
     *
     * @param text the wording
     * @return the category index in {@link #EXPERIENCE}
     */
    public static int experience(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.contains("不限") || t.contains("无经验") || t.contains("应届") || t.contains("在校") || t.equals("any")
                || t.contains("no experience")) {
            return 0;
        }
        double years = firstNumber(t);
        if (Double.isNaN(years)) {
            return UNSTATED;
        }
        if (years < 1 || years == 1 && (t.contains("以下") || t.contains("以内") || t.contains("below")
                || t.contains("under") || t.contains("less"))) {
            return 1;
        }
        return years < 3 ? 2 : years < 5 ? 3 : years < 10 ? 4 : 5;
    }

    private static double firstNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < t.length() && (Character.isDigit(t.charAt(j)) || t.charAt(j) == '.')) {
                    j++;
                }
                try {
                    return Double.parseDouble(t.substring(i, j));
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
            int zh = "一二三四五六七八九十".indexOf(c);
            if (zh >= 0) {
                // 十 alone is 10; 十 after a digit (二十) does not occur in requirements worth parsing
                return zh + 1;
            }
            if (c == '半') {
                return 0.5;
            }
        }
        return Double.NaN;
    }
}
