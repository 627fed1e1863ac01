package org.talentcatalog.scoring;

import java.util.Map;
import org.talentcatalog.scoring.internal.AhpWeighting;
import org.talentcatalog.scoring.internal.CombinedWeighting;
import org.talentcatalog.scoring.internal.CriticWeighting;
import org.talentcatalog.scoring.internal.EntropyWeighting;
import org.talentcatalog.scoring.internal.EqualWeighting;
import org.talentcatalog.scoring.internal.FixedWeighting;

/**
 * The second pipeline stage (赋权): one weight per indicator, summing to 1.
 *
 * <p>Implementations are immutable and thread-safe. The static factories below build the built-in
 * methods; a configuration names them through {@link ScoringMethods}, where a new method is added as
 * an {@link org.talentcatalog.scoring.spi.ScoringMethodProvider}.
 */
public interface Weighting {

    /** The method name as written in the configuration, e.g. {@code AHP}. */
    String method();

    /**
     * Computes the weights.
     *
     * @param input indicators, raw and normalised values
     * @return the weights, with AHP consistency and warnings where applicable
     * @throws ScoringException when the method's input is invalid
     */
    Weights weigh(WeightingInput input);

    /** {@code EQUAL}: 1/n each. */
    static Weighting equal() {
        return new EqualWeighting();
    }

    /**
     * {@code FIXED}: given weights, normalised to sum 1.
     *
     * @param weights indicator id → non-negative weight; every indicator needs one and no other id is allowed
     */
    static Weighting fixed(Map<String, Double> weights) {
        return new FixedWeighting(weights);
    }

    /**
     * {@code AHP}: priorities of a reciprocal pairwise comparison matrix in indicator order.
     *
     * @param pairwise the n × n matrix (copied); a_ij·a_ji must be 1 within 1 %
     * @param priority eigenvector (default) or geometric mean
     * @param randomIndex the RI table
     */
    static Weighting ahp(double[][] pairwise, AhpPriority priority, RandomIndex randomIndex) {
        return new AhpWeighting(pairwise, priority, randomIndex);
    }

    /**
     * {@code ENTROPY}: w ∝ 1 − E with pᵢⱼ = xᵢⱼ/Σᵢxᵢⱼ and 0·ln 0 = 0.
     *
     * @param onNormalized false for raw values (the default; every value must be ≥ 0), true for
     *     normalised values
     */
    static Weighting entropy(boolean onNormalized) {
        return new EntropyWeighting(onNormalized);
    }

    /** {@code CRITIC}: w ∝ σⱼ·Σₖ(1 − rⱼₖ) on normalised values (sample sd, Pearson r). */
    static Weighting critic() {
        return new CriticWeighting();
    }

    /**
     * {@code COMBINED}: α·subjective + (1 − α)·objective, renormalised.
     *
     * @param subjective e.g. AHP
     * @param objective e.g. ENTROPY
     * @param alpha the subjective share, 0 … 1
     */
    static Weighting combined(Weighting subjective, Weighting objective, double alpha) {
        return new CombinedWeighting(subjective, objective, alpha);
    }
}
