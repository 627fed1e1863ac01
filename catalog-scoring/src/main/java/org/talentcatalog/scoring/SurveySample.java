package org.talentcatalog.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.scoring.internal.Limits;

/**
 * One row of a demand survey (需求调研): what one respondent reported about one position.
 *
 * @param respondentId the respondent (organisation or data source)
 * @param respondentType the kind of respondent (用人单位, 行业协会, …)
 * @param positionId the position
 * @param positionName the position's name, "" if not given
 * @param industry the industry, "" if not given
 * @param region the region, "" if not given
 * @param vacancies open posts, 0 to 10¹⁵
 * @param applicants qualified applicants in the period, 0 to 10¹⁵
 * @param hires hires in the period, 0 to 10¹⁵
 * @param daysToFill average days to fill a post, 0 to 10¹⁵; {@code null} when not reported
 * @param offeredSalary offered annual salary in CNY, 0 to 10¹⁵; {@code null} when not reported
 * @param difficulty recruiting difficulty 1–5; {@code null} when not reported
 * @param weight sampling weight, finite and &gt; 0; only the weights' proportions matter
 */
public record SurveySample(String respondentId, RespondentType respondentType, String positionId,
        String positionName, String industry, String region, double vacancies, double applicants,
        double hires, @Nullable Double daysToFill, @Nullable Double offeredSalary, @Nullable Double difficulty,
        double weight) {

    /**
     * Checks that no required component is null, the weight is finite and positive, and every
     * figure within its range.
     *
     * @throws IllegalArgumentException for a figure out of range (also NaN or infinite)
     */
    public SurveySample {
        Objects.requireNonNull(respondentId, "respondentId");
        Objects.requireNonNull(respondentType, "respondentType");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(positionName, "positionName");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(region, "region");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight must be finite and > 0: " + weight);
        }
        if (!count(vacancies) || !count(applicants) || !count(hires) || daysToFill != null && !count(daysToFill)
                || offeredSalary != null && !count(offeredSalary)) {
            throw new IllegalArgumentException("counts, days and salaries must be between 0 and 10^15");
        }
        if (difficulty != null && !(difficulty >= 1 && difficulty <= 5)) {
            throw new IllegalArgumentException("the difficulty must be between 1 and 5: " + difficulty);
        }
    }

    private static boolean count(double value) {
        return value >= 0 && value <= Limits.MAX_VALUE;
    }
}
