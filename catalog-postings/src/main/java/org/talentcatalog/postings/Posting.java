package org.talentcatalog.postings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One job posting as read from a postings file.
 *
 * @param id the posting id ({@code posting_id}), "" if not given
 * @param title the title as advertised
 * @param company the employer as advertised
 * @param city the city or district ({@code city} or {@code region})
 * @param industry the industry, "" if not given
 * @param salaryMin the lower end of the stated salary, {@code null} if not stated
 * @param salaryMax the upper end of the stated salary, {@code null} if not stated
 * @param period the period the salary is stated for
 * @param education the education requirement as worded
 * @param experience the experience requirement as worded
 * @param postedOn the day the posting went online
 * @param closedOn the day it went offline, {@code null} if unknown or still open; not before
 *     {@code postedOn}
 */
public record Posting(String id, String title, String company, String city, String industry,
        @Nullable Double salaryMin, @Nullable Double salaryMax, SalaryPeriod period, String education,
        String experience, LocalDate postedOn, @Nullable LocalDate closedOn) implements Serializable {

    /** Checks that no text is {@code null}. */
    public Posting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(experience, "experience");
        Objects.requireNonNull(postedOn, "postedOn");
        if (closedOn != null && closedOn.isBefore(postedOn)) {
            throw new IllegalArgumentException("closed on " + closedOn + " before posted on " + postedOn);
        }
        if (salaryMin != null && !(salaryMin >= 0 && salaryMin < 1e12) || salaryMax != null && !(salaryMax >= 0 && salaryMax < 1e12)) {
            throw new IllegalArgumentException("salary must be a number from 0 to 10^12");
        }
    }

    /**
     * The stated salary per month: the midpoint of a range (or the one end stated) times the
     * period's {@link SalaryPeriod#monthlyFactor()}, rounded to 0.01; {@code null} when none is stated.
     */
    public @Nullable Double monthlySalary() {
        if (salaryMin == null && salaryMax == null) {
            return null;
        }
        double mid = salaryMin == null ? salaryMax : salaryMax == null ? salaryMin : (salaryMin + salaryMax) / 2;
        return Math.round(mid * period.monthlyFactor() * 100) / 100.0;
    }
}
