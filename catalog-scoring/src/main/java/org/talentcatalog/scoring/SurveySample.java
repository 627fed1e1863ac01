package org.talentcatalog.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.RespondentType;

/**
 * One row of a demand survey (需求调研): what one respondent reported about one position.
 *
 * @param respondentId the respondent (organisation or data source)
 * @param respondentType the kind of respondent (用人单位, 行业协会, …)
 * @param positionId the position
 * @param positionName the position's name, "" if not given
 * @param industry the industry, "" if not given
 * @param region the region, "" if not given
 * @param vacancies open posts, ≥ 0
 * @param applicants qualified applicants in the period, ≥ 0
 * @param hires hires in the period, ≥ 0
 * @param daysToFill average days to fill a post, ≥ 0; {@code null} when not reported
 * @param offeredSalary offered annual salary in CNY, ≥ 0; {@code null} when not reported
 * @param difficulty recruiting difficulty 1–5; {@code null} when not reported
 * @param weight sampling weight, &gt; 0
 */
public record SurveySample(String respondentId, RespondentType respondentType, String positionId,
        String positionName, String industry, String region, double vacancies, double applicants,
        double hires, @Nullable Double daysToFill, @Nullable Double offeredSalary, @Nullable Double difficulty,
        double weight) {

    /** Checks that no component is null and the weight is positive. */
    public SurveySample {
        Objects.requireNonNull(respondentId, "respondentId");
        Objects.requireNonNull(respondentType, "respondentType");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(positionName, "positionName");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(region, "region");
        if (!(weight > 0) || vacancies < 0 || applicants < 0 || hires < 0) {
            throw new IllegalArgumentException("counts must be >= 0 and the weight > 0");
        }
    }
}
