package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ShortageLevel;

/**
 * The classifications at their bounds: a score equal to a threshold or a break, a rank equal to a
 * cumulative share, the bounds a configuration may give, and Jenks' breaks against an exhaustive
 * search of every split (of distinct scores, whose optimum splits no tie).
 */
class ClassificationBoundsTest {

    private static final ShortageLevel V = ShortageLevel.VERY_SCARCE;
    private static final ShortageLevel S = ShortageLevel.SCARCE;
    private static final ShortageLevel G = ShortageLevel.GENERALLY_SCARCE;

    @Test
    void aScoreEqualToAThresholdReachesIt() {
        Classes c = Classification.thresholds(0.6, 0.6, 0.3).classify(new double[] {0.6, 0.5999, 0.3, 0.2999});
        assertEquals(Arrays.asList(V, G, G, null), c.levels());
        assertEquals(List.of(), c.breaks());
    }

    @Test
    void thresholdsMustNotRiseAndMustBeFinite() {
        assertThrows(ScoringException.class, () -> Classification.thresholds(0.5, 0.6, 0.1));
        assertThrows(ScoringException.class, () -> Classification.thresholds(0.6, 0.5, 0.55));
        assertThrows(ScoringException.class, () -> Classification.thresholds(Double.POSITIVE_INFINITY, 0.5, 0.1));
        assertThrows(ScoringException.class, () -> Classification.thresholds(0.6, 0.5, Double.NEGATIVE_INFINITY));
        assertThrows(ScoringException.class, () -> Classification.thresholds(0.6, Double.NaN, 0.1));
        assertDoesNotThrow(() -> Classification.thresholds(0.5, 0.5, 0.5));
    }

    @Test
    void aRankEqualToAShareIsInsideIt() {
        // ten positions, ranks 1..10: shares 0.2, 0.5, 0.8 take ranks 1–2, 3–5, 6–8
        double[] scores = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        Classes c = Classification.quantiles(0.2, 0.5, 0.8).classify(scores);
        assertEquals(Arrays.asList(V, V, S, S, S, G, G, G, null, null), c.levels());
        // a share every position reaches
        assertEquals(Arrays.asList(V, S, S, G), Classification.quantiles(0.25, 0.75, 1)
                .classify(new double[] {4, 3, 2, 1}).levels());
        // 0.1 + 0.2 is a little more than 0.3 and 0.7 − 0.4 a little less: rank 3 of 10 is within both
        assertEquals(V, Classification.quantiles(0.7 - 0.4, 0.7 - 0.4, 1).classify(scores).levels().get(2));
    }

    @Test
    void sharesMustBePositiveRisingAndAtMostOne() {
        assertThrows(ScoringException.class, () -> Classification.quantiles(0, 0.5, 0.8));
        assertThrows(ScoringException.class, () -> Classification.quantiles(0.6, 0.5, 0.8));
        assertThrows(ScoringException.class, () -> Classification.quantiles(0.2, 0.9, 0.8));
        assertThrows(ScoringException.class, () -> Classification.quantiles(0.2, 0.5, 1.01));
        assertThrows(ScoringException.class, () -> Classification.quantiles(Double.NaN, 0.5, 0.8));
        assertDoesNotThrow(() -> Classification.quantiles(0.3, 0.3, 1));
    }

    @Test
    void equalScoresHaveNoRelativeLevel() {
        double[] same = {0.4, 0.4, 0.4};
        assertThrows(ScoringException.class, () -> Classification.quantiles(0.2, 0.5, 0.8).classify(same));
        assertThrows(ScoringException.class, () -> Classification.jenks(3).classify(same));
        assertThrows(ScoringException.class, () -> Classification.quantiles(0.2, 0.5, 0.8).classify(new double[] {1}));
    }

    @Test
    void jenksClassesHaveThreeOrFour() {
        assertThrows(ScoringException.class, () -> Classification.jenks(2));
        assertThrows(ScoringException.class, () -> Classification.jenks(5));
    }

    @Test
    void aScoreEqualToABreakBelongsToTheLowerClass() {
        // three clear groups: breaks 1, 2, 11, 21 and each group its level
        Classes c = Classification.jenks(3).classify(new double[] {21, 1, 2, 11, 10, 20});
        assertEquals(List.of(1.0, 2.0, 11.0, 21.0), c.breaks());
        assertEquals(Arrays.asList(V, G, G, S, S, V), c.levels());
    }

    @Property(tries = 150)
    void jenksBreaksAreAnOptimalSplit(@ForAll @Size(min = 4, max = 9) @UniqueElements List<@IntRange(min = 0, max = 50) Integer> raw,
                                      @ForAll @IntRange(min = 3, max = 4) int k) {
        double[] x = raw.stream().mapToDouble(Integer::doubleValue).toArray();
        List<Double> breaks = Classification.jenks(k).classify(x).breaks();
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        assertEquals(k + 1, breaks.size());
        assertEquals(sorted[0], breaks.get(0));
        assertEquals(sorted[sorted.length - 1], breaks.get(k));
        // the classes the breaks make: each value in the first class whose maximum it does not exceed
        double found = 0;
        int start = 0;
        for (int c = 1; c <= k; c++) {
            int end = start;
            while (end < sorted.length && sorted[end] <= breaks.get(c)) {
                end++;
            }
            found += ssd(sorted, start, end);
            start = end;
        }
        assertEquals(sorted.length, start, "every value in a class");
        assertEquals(best(sorted, 0, k), found, 1e-9);
    }

    /** The least total SSD of sorted[from..] in {@code k} non-empty contiguous classes, by trying every split. */
    private static double best(double[] sorted, int from, int k) {
        if (k == 1) {
            return ssd(sorted, from, sorted.length);
        }
        double min = Double.POSITIVE_INFINITY;
        for (int end = from + 1; end <= sorted.length - (k - 1); end++) {
            min = Math.min(min, ssd(sorted, from, end) + best(sorted, end, k - 1));
        }
        return min;
    }

    private static double ssd(double[] x, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= Math.max(1, to - from);
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (x[i] - mean) * (x[i] - mean);
        }
        return s;
    }
}
