package org.talentcatalog.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which positions of a draft to consult on (docs/scoring.md, "Which positions to consult on"), as
 * Jobs and Skills Australia splits a draft list: from the bootstrap level probabilities, a listed
 * position whose level has probability ≥ the threshold is <b>confident</b> (on the list), an
 * unlisted one whose probability of NONE is ≥ the threshold is <b>confident off</b>, and every other
 * scored position is <b>targeted</b> for consultation. Positions not scored (too few respondents,
 * excluded) are in none of the three.
 *
 * @param threshold the probability a position's level needs to be confident, in (0, 1]
 * @param confident ids of listed positions confident on, by rank
 * @param targeted ids of positions to consult on, by rank
 * @param confidentOff ids of unlisted positions confident off, by rank
 */
public record ConsultationSplit(double threshold, List<String> confident, List<String> targeted, List<String> confidentOff) {

    /** The default threshold, 0.9. */
    public static final double DEFAULT_THRESHOLD = 0.9;

    /** Copies the lists. */
    public ConsultationSplit {
        confident = List.copyOf(confident);
        targeted = List.copyOf(targeted);
        confidentOff = List.copyOf(confidentOff);
    }

    /**
     * The split of a result.
     *
     * @param result the scoring result
     * @param threshold in (0, 1]
     * @return the split, or empty when no bootstrap ran (no level probabilities)
     * @throws IllegalArgumentException when the threshold is outside (0, 1]
     */
    public static Optional<ConsultationSplit> of(ScoringResult result, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be in (0, 1]: " + threshold);
        }
        if (result.positions().stream().allMatch(p -> p.levelProbabilities().isEmpty())) {
            return Optional.empty();
        }
        List<String> on = new ArrayList<>();
        List<String> targeted = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (PositionScore p : result.positions()) {
            double confidence = p.levelConfidence().orElse(0);
            (confidence < threshold ? targeted : p.level() == null ? off : on).add(p.id());
        }
        return Optional.of(new ConsultationSplit(threshold, on, targeted, off));
    }

    /** Which group a position is in: {@code CONFIDENT}, {@code TARGETED}, {@code CONFIDENT_OFF}, or empty when not scored. */
    public Optional<String> group(String id) {
        return confident.contains(id) ? Optional.of("CONFIDENT") : targeted.contains(id) ? Optional.of("TARGETED")
                : confidentOff.contains(id) ? Optional.of("CONFIDENT_OFF") : Optional.empty();
    }
}
