package org.talentcatalog.scoring;

import org.talentcatalog.scoring.internal.Limits;
import org.talentcatalog.scoring.internal.Messages;

/**
 * Monte-Carlo weight perturbation: each run multiplies every weight by (1 + noise·U), U uniform on
 * [−1, 1) from a {@link java.util.SplittableRandom} seeded with {@code seed}, renormalises the
 * weights to sum 1 and re-aggregates the (unchanged) normalised values; a position's rank interval is
 * the 5th and 95th percentile (nearest-rank: the ⌈p·runs⌉-th smallest) of its competition rank.
 *
 * <p>At most 100,000 runs, and at most 10⁷ runs ×
 * positions scored (checked when scoring), which bounds both the time and the ranks kept in memory.
 *
 * @param runs number of runs, 1 to 100,000
 * @param weightNoise the relative noise, 0 ≤ noise &lt; 1 (weights stay positive)
 * @param seed the random seed
 */
public record Sensitivity(int runs, double weightNoise, long seed) {

    /** Checks the values. */
    public Sensitivity {
        if (runs < 1 || runs > Limits.MAX_RUNS) {
            throw ScoringException.config("$.sensitivity.runs", Messages.CONFIG_INTEGER_RANGE.text("runs", 1,
                    Limits.MAX_RUNS, runs));
        }
        if (!(weightNoise >= 0 && weightNoise < 1)) {
            throw ScoringException.config("$.sensitivity.weightNoise", Messages.CONFIG_WEIGHT_NOISE.text());
        }
    }
}
