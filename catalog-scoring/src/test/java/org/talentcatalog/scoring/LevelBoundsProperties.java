package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.ShortageLevel;

/**
 * THRESHOLDS and QUANTILES as their documentation defines them: a position gets the most scarce level
 * whose bound it reaches (a score threshold; a cumulative share of competition rank over n), or none.
 */
class LevelBoundsProperties {

    /** 3 very scarce … 1 generally scarce, 0 not listed. */
    private static int rank(ShortageLevel level) {
        return level == null ? 0 : level.rank();
    }

    /** Scores on a coarse grid, so that ties are common, with at least two different values. */
    @Provide
    Arbitrary<double[]> scores() {
        return Arbitraries.integers().between(0, 20).map(i -> i / 20.0).array(double[].class).ofMinSize(2).ofMaxSize(30)
                .filter(s -> Arrays.stream(s).distinct().count() > 1);
    }

    /** Three bounds on the same grid, most scarce first (highest). */
    @Provide
    Arbitrary<double[]> thresholds() {
        return Arbitraries.integers().between(0, 20).map(i -> i / 20.0).array(double[].class).ofSize(3)
                .map(t -> Arrays.stream(t).boxed().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray());
    }

    /** Three cumulative shares in (0, 1], most scarce first (smallest). */
    @Provide
    Arbitrary<double[]> shares() {
        return Arbitraries.integers().between(1, 10).map(i -> i / 10.0).array(double[].class).ofSize(3)
                .map(s -> Arrays.stream(s).sorted().toArray());
    }

    @Property(tries = 300)
    void aScoreGetsTheMostScarceLevelWhoseThresholdItReaches(@ForAll("scores") double[] scores,
            @ForAll("thresholds") double[] t) {
        List<ShortageLevel> levels = Classification.thresholds(t[0], t[1], t[2]).classify(scores).levels();
        for (int i = 0; i < scores.length; i++) {
            int expected = scores[i] >= t[0] ? 3 : scores[i] >= t[1] ? 2 : scores[i] >= t[2] ? 1 : 0;
            assertEquals(expected, rank(levels.get(i)), "score " + scores[i] + " thresholds " + Arrays.toString(t));
        }
    }

    @Property(tries = 300)
    void aPositionGetsTheMostScarceLevelWhoseShareItsRankIsWithin(@ForAll("scores") double[] scores,
            @ForAll("shares") double[] s) {
        List<ShortageLevel> levels = Classification.quantiles(s[0], s[1], s[2]).classify(scores).levels();
        int n = scores.length;
        for (int i = 0; i < n; i++) {
            double score = scores[i];
            double r = 1 + Arrays.stream(scores).filter(other -> other > score).count();
            int expected = r / n <= s[0] + 1e-12 ? 3 : r / n <= s[1] + 1e-12 ? 2 : r / n <= s[2] + 1e-12 ? 1 : 0;
            assertEquals(expected, rank(levels.get(i)), "rank " + r + " of " + n + ", shares " + Arrays.toString(s));
            for (int j = 0; j < n; j++) {
                assertTrue(scores[j] > score ? rank(levels.get(j)) >= expected : scores[j] < score || rank(levels.get(j)) == expected,
                        "ties share a level and a higher score is never less scarce");
            }
        }
    }
}
