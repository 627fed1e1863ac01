package org.talentcatalog.scoring;

import org.talentcatalog.scoring.internal.JenksClassification;
import org.talentcatalog.scoring.internal.QuantileClassification;
import org.talentcatalog.scoring.internal.ThresholdClassification;

/**
 * The last pipeline stage (分级): a shortage level per position, or none (not listed).
 *
 * <p>Implementations are immutable and thread-safe. The static factories below build the built-in
 * methods; a configuration names them through {@link ScoringMethods}, where a new method is added as
 * an {@link org.talentcatalog.scoring.spi.ScoringMethodProvider}.
 */
public interface Classification {

    /** The method name as written in the configuration, e.g. {@code JENKS}. */
    String method();

    /**
     * Classifies scores.
     *
     * @param scores one score per position (not modified)
     * @return the levels and, for JENKS, the breaks
     * @throws ScoringException when the method is undefined (e.g. fewer positions than Jenks classes)
     */
    Classes classify(double[] scores);

    /**
     * {@code THRESHOLDS}: a score at or above a level's value gets that level; below the lowest, not listed.
     *
     * @param verySCarce the VERY_SCARCE threshold
     * @param scarce the SCARCE threshold, ≤ {@code verySCarce}
     * @param generallyScarce the GENERALLY_SCARCE threshold, ≤ {@code scarce}
     */
    static Classification thresholds(double verySCarce, double scarce, double generallyScarce) {
        return new ThresholdClassification(verySCarce, scarce, generallyScarce);
    }

    /**
     * {@code QUANTILES}: cumulative shares of positions by descending score. A position whose
     * competition rank r (ties share the best rank) satisfies r/n ≤ share gets the first such level.
     *
     * @param verySCarce share for VERY_SCARCE, e.g. 0.2
     * @param scarce cumulative share up to SCARCE, e.g. 0.5
     * @param generallyScarce cumulative share up to GENERALLY_SCARCE, e.g. 1.0
     */
    static Classification quantiles(double verySCarce, double scarce, double generallyScarce) {
        return new QuantileClassification(verySCarce, scarce, generallyScarce);
    }

    /**
     * {@code JENKS}: Fisher's exact optimum of the within-class sum of squared deviations.
     *
     * @param classes 3 (all listed) or 4 (the lowest class is not listed)
     */
    static Classification jenks(int classes) {
        return new JenksClassification(classes);
    }
}
