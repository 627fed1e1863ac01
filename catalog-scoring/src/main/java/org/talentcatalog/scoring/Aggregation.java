package org.talentcatalog.scoring;

import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.internal.GeometricAggregation;
import org.talentcatalog.scoring.internal.TopsisAggregation;
import org.talentcatalog.scoring.internal.WeightedSumAggregation;

/**
 * The third pipeline stage (综合评价): one score per position from normalised values and weights.
 *
 * <p>Implementations are immutable and thread-safe. The static factories below build the built-in
 * methods; a configuration names them through {@link ScoringMethods}, where a new method is added as
 * an {@link org.talentcatalog.scoring.spi.ScoringMethodProvider}.
 */
public interface Aggregation {

    /** The method name as written in the configuration, e.g. {@code TOPSIS}. */
    String method();

    /**
     * Scores every position.
     *
     * @param normalized normalised values, [position][indicator] (not modified)
     * @param weights one weight per indicator, summing to 1
     * @param indicators indicator ids, for error messages
     * @param positions position ids, for error messages
     * @return scores and per-indicator contributions
     * @throws ScoringException when the method is undefined for the input
     */
    AggregateScores aggregate(double[][] normalized, double[] weights, java.util.List<String> indicators,
            java.util.List<String> positions);

    /** {@code WEIGHTED_SUM}: Σ wⱼxⱼ; contribution wⱼxⱼ. */
    static Aggregation weightedSum() {
        return new WeightedSumAggregation();
    }

    /**
     * {@code GEOMETRIC}: Π xⱼ^wⱼ.
     *
     * @param floor values below it are raised to it (&gt; 0); if {@code null}, a value ≤ 0 is an error
     */
    static Aggregation geometric(@Nullable Double floor) {
        return new GeometricAggregation(floor);
    }

    /** {@code TOPSIS}: closeness D⁻/(D⁺ + D⁻) on the weighted normalised matrix. */
    static Aggregation topsis() {
        return new TopsisAggregation();
    }
}
