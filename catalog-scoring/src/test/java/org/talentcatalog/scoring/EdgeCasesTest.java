package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.ShortageLevel;

/**
 * The rows of the "Edge cases" table of docs/scoring.md: a zero-variance column, a single position,
 * all positions equal, very small values. Each method either gives the documented value or a
 * located error, never a silent 0, NaN or an arbitrary level.
 */
class EdgeCasesTest {

    private static final IndicatorDirection UP = IndicatorDirection.POSITIVE;
    private static final IndicatorDirection DOWN = IndicatorDirection.NEGATIVE;

    private static String undefined(Runnable call) {
        ScoringException e = assertThrows(ScoringException.class, call::run);
        assertEquals("scoring:method", e.issue().rule());
        return e.issue().text().enOrZh();
    }

    @Test
    void aZeroVarianceColumn() {
        double[] constant = {4, 4, 4, 4};
        assertTrue(undefined(() -> Normalization.minMax().normalize("x", UP, constant)).contains("are equal"));
        assertTrue(undefined(() -> Normalization.zScore().normalize("x", UP, constant)).contains("are equal"));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, Normalization.vector().normalize("x", UP, constant));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, Normalization.vector().normalize("x", DOWN, constant));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, Normalization.rank().normalize("x", UP, constant));
        assertArrayEquals(new double[] {-4, -4, -4, -4}, Normalization.none().normalize("x", DOWN, constant));
        double[][] x = {{1, 3}, {2, 3}, {7, 3}};
        assertEquals(List.of(1.0, 0.0), Weighting.entropy(false).weigh(input(x)).values());
        assertTrue(undefined(() -> Weighting.critic().weigh(input(x))).contains("all values of indicator b are equal"));
    }

    /** The floating-point entropy of a constant column can come out just below 1; its weight is still 0. */
    @Test
    void entropyOfConstantColumnsIsExactlyOne() {
        for (int m = 2; m <= 60; m++) {
            double[][] x = new double[m][2];
            for (int i = 0; i < m; i++) {
                x[i][0] = 0.1 * (i + 1);
                x[i][1] = 0.7;
            }
            assertEquals(0.0, Weighting.entropy(false).weigh(input(x)).values().get(1), "m = " + m);
            double[][] both = new double[m][2];
            for (double[] row : both) {
                row[0] = 0.3;
                row[1] = 0.7;
            }
            assertTrue(undefined(() -> Weighting.entropy(false).weigh(input(both))).contains("entropy 1"), "m = " + m);
        }
    }

    @Test
    void aSinglePosition() {
        double[] one = {3};
        assertEquals("MIN_MAX needs at least 2 positions, got 1", undefined(() -> Normalization.minMax().normalize("x", UP, one)));
        assertEquals("Z_SCORE needs at least 2 positions, got 1", undefined(() -> Normalization.zScore().normalize("x", UP, one)));
        assertEquals("RANK needs at least 2 positions, got 1", undefined(() -> Normalization.rank().normalize("x", UP, one)));
        assertArrayEquals(new double[] {1}, Normalization.vector().normalize("x", UP, one));
        assertArrayEquals(new double[] {0}, Normalization.vector().normalize("x", DOWN, one));
        undefined(() -> Weighting.entropy(false).weigh(input(new double[][] {{1, 2}})));
        undefined(() -> Weighting.critic().weigh(input(new double[][] {{1, 2}, {2, 1}})));
        undefined(() -> Aggregation.topsis().aggregate(new double[][] {{0.3, 0.6}}, new double[] {0.5, 0.5},
                List.of("a", "b"), List.of("p")));
        assertEquals(ShortageLevel.SCARCE, Classification.thresholds(0.7, 0.45, 0.2).classify(new double[] {0.5}).levels().get(0));
        assertEquals("all 1 positions have the same score: QUANTILES classification is undefined (it needs at least "
                + "two different scores)", undefined(() -> Classification.quantiles(0.2, 0.5, 1).classify(new double[] {0.5})));
        undefined(() -> Classification.jenks(3).classify(new double[] {0.5}));
    }

    /** Before, all-equal scores were all VERY_SCARCE under QUANTILES and all the lowest class under JENKS. */
    @Test
    void allPositionsEqual() {
        double[] equal = {0.4, 0.4, 0.4, 0.4, 0.4, 0.4};
        assertTrue(undefined(() -> Classification.quantiles(0.2, 0.5, 1).classify(equal)).contains("same score"));
        assertTrue(undefined(() -> Classification.jenks(3).classify(equal)).contains("same score"));
        assertEquals(6, Classification.thresholds(0.7, 0.45, 0.2).classify(equal).levels().stream()
                .filter(l -> l == ShortageLevel.GENERALLY_SCARCE).count());
        undefined(() -> Aggregation.topsis().aggregate(new double[][] {{0.3, 0.6}, {0.3, 0.6}}, new double[] {0.5, 0.5},
                List.of("a", "b"), List.of("p", "q")));
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new PositionRow("P" + i, "", "", Map.of("x", 2.0, "y", 5.0), 0));
        }
        ScoringConfig vector = ScoringConfig.builder().indicator("x", UP).indicator("y", UP)
                .normalization(Normalization.vector()).sensitivity(50, 0.2, 1).build();
        ScoringResult r = ShortageScorer.of(vector).score(new IndicatorTable(List.of("x", "y"), rows, "t"));
        for (PositionScore p : r.positions()) {
            assertEquals(r.positions().get(0).score(), p.score());
            assertEquals(1, p.rank());
            assertEquals(new RankInterval(1, 1), p.rankInterval());
        }
    }

    /** Very small values are not "all equal": before, their squares underflowed to 0. */
    @Test
    void verySmallValuesAreScaledNotLost() {
        double[] tiny = {1e-200, 2e-200, 4e-200};
        assertArrayEquals(Normalization.zScore().normalize("x", UP, new double[] {1, 2, 4}),
                Normalization.zScore().normalize("x", UP, tiny), 1e-15);
        assertArrayEquals(Normalization.vector().normalize("x", UP, new double[] {1, 2, 4}),
                Normalization.vector().normalize("x", UP, tiny), 1e-15);
        double[][] small = {{1e-200, 3e-200}, {2e-200, 1e-200}, {4e-200, 2e-200}};
        double[][] plain = {{1, 3}, {2, 1}, {4, 2}};
        // the same up to rounding: 10^-200 is no power of two
        assertArrayEquals(Weighting.critic().weigh(input(plain)).toArray(), Weighting.critic().weigh(input(small)).toArray(),
                1e-15);
        assertArrayEquals(Aggregation.topsis().aggregate(plain, new double[] {0.5, 0.5}, List.of("a", "b"), P3).scores(),
                Aggregation.topsis().aggregate(small, new double[] {0.5, 0.5}, List.of("a", "b"), P3).scores(), 1e-15);
        assertEquals(List.of(1e-200, 1e-200, 2e-200, 4e-200),
                Classification.jenks(3).classify(new double[] {1e-200, 2e-200, 4e-200}).breaks());
    }

    /** Scaling by a power of two changes no bit of the ordinary results. */
    @Test
    void scalingLeavesOrdinaryResultsUnchanged() {
        double[] x = {0.1, 0.7, 0.35, 12.5, 3};
        double mean = (0.1 + 0.7 + 0.35 + 12.5 + 3) / 5;
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(s / 4);
        double[] z = Normalization.zScore().normalize("x", UP, x);
        for (int i = 0; i < x.length; i++) {
            assertEquals((x[i] - mean) / sd, z[i]);
        }
    }

    private static final List<String> P3 = List.of("p1", "p2", "p3");

    private static WeightingInput input(double[][] x) {
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            ids.add(String.valueOf((char) ('a' + j)));
        }
        return new WeightingInput(ids, x, x);
    }
}
