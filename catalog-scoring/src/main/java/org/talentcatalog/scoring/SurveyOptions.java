package org.talentcatalog.scoring;

import java.util.Objects;

/**
 * How survey samples become indicators where the data leave a choice.
 *
 * <p><b>Zero applicants.</b> 求人倍率 = Σw·vacancies / Σw·applicants is undefined when no qualified
 * applicant was reported. {@link ZeroApplicants#FLOOR} (the default) divides by
 * {@code max(Σw·applicants, applicantsFloor)} with {@code applicantsFloor} = 1 unless configured:
 * "at least one applicant", so a position nobody applies to scores its weighted vacancies.
 * {@link ZeroApplicants#MISSING} reports the ratio as a missing value instead, which the
 * {@link MissingValues} policy then handles. Note that the floor also applies when the weighted
 * applicant sum is positive but below the floor.
 *
 * @param zeroApplicants the zero-applicants convention
 * @param applicantsFloor the smallest denominator under {@code FLOOR}, &gt; 0
 */
public record SurveyOptions(ZeroApplicants zeroApplicants, double applicantsFloor) {

    /** The convention for a position with no qualified applicants. */
    public enum ZeroApplicants {
        /** Divide by max(applicants, floor). */
        FLOOR,
        /** Report the demand–supply ratio as missing. */
        MISSING
    }

    /** FLOOR with a floor of one applicant. */
    public static final SurveyOptions DEFAULT = new SurveyOptions(ZeroApplicants.FLOOR, 1.0);

    /** Checks the floor. */
    public SurveyOptions {
        Objects.requireNonNull(zeroApplicants, "zeroApplicants");
        if (!(applicantsFloor > 0) || Double.isInfinite(applicantsFloor)) {
            throw new IllegalArgumentException("applicantsFloor must be > 0");
        }
    }
}
