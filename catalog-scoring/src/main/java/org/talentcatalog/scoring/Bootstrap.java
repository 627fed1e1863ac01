package org.talentcatalog.scoring;

import org.talentcatalog.scoring.internal.Limits;
import org.talentcatalog.scoring.internal.Messages;

/**
 * Bootstrap over respondents (survey input only): each replicate draws as many respondents as there
 * are, uniformly with replacement ({@link java.util.SplittableRandom} seeded with {@code seed}),
 * re-aggregates their rows (a respondent drawn k times counts k times), and reruns normalisation,
 * weighting, aggregation and classification for the positions scored on the full sample. A position
 * absent from a replicate, or missing an indicator there (under the ERROR policy), counts as NONE in
 * that replicate. A replicate where the method is undefined (e.g. an all-equal column) is skipped and
 * reported in the warnings; probabilities are over the replicates that succeeded.
 *
 * <p>At most 100,000 replicates, and at most
 * 10⁹ replicates × respondent–position pairs of the survey scored (checked when scoring), so that a
 * configuration cannot make the bootstrap run for hours.
 *
 * @param replicates number of replicates, 1 to 100,000
 * @param seed the random seed
 */
public record Bootstrap(int replicates, long seed) {

    /** Checks the count. */
    public Bootstrap {
        if (replicates < 1 || replicates > Limits.MAX_REPLICATES) {
            throw ScoringException.config("$.uncertainty.bootstrap", Messages.CONFIG_INTEGER_RANGE.text("bootstrap", 1,
                    Limits.MAX_REPLICATES, replicates));
        }
    }
}
