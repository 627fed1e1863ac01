package org.talentcatalog.postings;

import java.util.Locale;
import java.util.Optional;

/**
 * The period a posted salary is stated for, and its factor to a monthly salary. A month has 21.75
 * working days (the statutory 月计薪天数, 365 − 104 weekend days, divided by 12) of 8 hours, and
 * 52 / 12 weeks.
 */
public enum SalaryPeriod {
    /** Per month (月): factor 1. */
    MONTH(1.0, "月", "month", "monthly", "m"),
    /** Per year (年): factor 1/12. */
    YEAR(1.0 / 12, "年", "year", "yearly", "annual", "y"),
    /** Per day (日, 天): factor 21.75. */
    DAY(21.75, "日", "day", "daily", "天", "d"),
    /** Per hour (时, 小时): factor 21.75 × 8 = 174. */
    HOUR(174.0, "时", "hour", "hourly", "小时", "h"),
    /** Per week (周): factor 52/12. */
    WEEK(52.0 / 12, "周", "week", "weekly", "w");

    private final double factor;
    private final String[] names;

    SalaryPeriod(double factor, String... names) {
        this.factor = factor;
        this.names = names;
    }

    /** What a salary stated for this period is multiplied by to give a monthly salary. */
    public double monthlyFactor() {
        return factor;
    }

    /** The Chinese word: 月, 年, 日, 时 or 周. */
    public String zh() {
        return names[0];
    }

    /**
     * The period a word names: 月/年/日/天/时/小时/周 (optionally with 薪 or 每 around them, e.g.
     * 年薪, 每月), or month/year/day/hour/week (also monthly…, m/y/d/h/w); an empty word is a month.
     *
     * @param word the word as written
     * @return the period, empty if the word names none
     */
    public static Optional<SalaryPeriod> parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace("薪", "").replace("每", "").replace("/", "")
                .replace("按", "").replace("计", "");
        if (w.isEmpty()) {
            return Optional.of(MONTH);
        }
        for (SalaryPeriod p : values()) {
            for (String n : p.names) {
                if (n.equals(w)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
