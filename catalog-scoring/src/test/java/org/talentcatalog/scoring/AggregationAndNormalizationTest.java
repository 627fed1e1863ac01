package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;

class AggregationAndNormalizationTest {

    private static final List<String> AB = List.of("a", "b");
    private static final List<String> P3 = List.of("p1", "p2", "p3");

    // Published worked example: B. Sennaroğlu, "TOPSIS Example", Decision Analysis lecture, Marmara
    // University, 2009 (decision matrix 17 12 / 10 9 / 8 6, weights 0.714 / 0.286). The published weighted
    // normalised matrix V is 0.5703 0.2124 / 0.3355 0.1593 / 0.2684 0.1062 (4 decimals). The closeness
    // values (1, 0.262219287522, 0) were computed independently with numpy, both criteria as benefits.
    @Test
    void topsisReproducesPublishedWeightedNormalisedMatrixAndCloseness() {
        double[][] raw = {{17, 12}, {10, 9}, {8, 6}};
        double[] w = {0.714, 0.286};
        double[][] x = new double[3][2];
        for (int j = 0; j < 2; j++) {
            double[] col = Normalization.vector().normalize("c", IndicatorDirection.POSITIVE,
                    new double[] {raw[0][j], raw[1][j], raw[2][j]});
            for (int i = 0; i < 3; i++) {
                x[i][j] = col[i];
            }
        }
        double[][] published = {{0.5703, 0.2124}, {0.3355, 0.1593}, {0.2684, 0.1062}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(published[i][j], w[j] * x[i][j], 0.00005);
            }
        }
        AggregateScores s = Aggregation.topsis().aggregate(x, w, AB, P3);
        assertArrayEquals(new double[] {1.0, 0.262219287522, 0.0}, s.scores(), 1e-10);
        assertEquals(s.scores()[1], s.contributions()[1][0] + s.contributions()[1][1], 1e-12);
    }

    // Published worked example: S. Opricovic, G.-H. Tzeng, "Compromise solution by MCDM methods: a
    // comparative analysis of VIKOR and TOPSIS", European Journal of Operational Research 156(2), 2004,
    // pp. 445–455: A1 (1, 3000), A2 (2, 3750), A3 (5, 4500), criterion 1 a cost, criterion 2 a benefit,
    // weights 0.5 / 0.5; closeness .500 .617 .500 (3 decimals) as transcribed in pymcdm's test suite
    // (kotbaton/pymcdm, TestTOPSIS). Where it differs from docs/scoring.md's default pairing: those closeness
    // values come from min–max normalisation (pymcdm's TOPSIS default), not vector normalisation; here
    // they are reproduced with MIN_MAX, our NEGATIVE flip for the cost, and TOPSIS on the weighted matrix.
    // (With VECTOR normalisation the same data give .762 .722 .238.)
    @Test
    void topsisReproducesOpricovicTzengClosenessWithMinMaxNormalisation() {
        double[] cost = Normalization.minMax().normalize("cost", IndicatorDirection.NEGATIVE, new double[] {1, 2, 5});
        double[] benefit = Normalization.minMax().normalize("benefit", IndicatorDirection.POSITIVE,
                new double[] {3000, 3750, 4500});
        double[][] x = {{cost[0], benefit[0]}, {cost[1], benefit[1]}, {cost[2], benefit[2]}};
        AggregateScores s = Aggregation.topsis().aggregate(x, new double[] {0.5, 0.5}, AB, P3);
        assertArrayEquals(new double[] {0.500, 0.617, 0.500}, s.scores(), 0.0005);
    }

    @Test
    void weightedSumContributionsAddUpToTheScore() {
        AggregateScores s = Aggregation.weightedSum().aggregate(new double[][] {{1, 0.5}, {0, 1}}, new double[] {0.75, 0.25},
                AB, List.of("p1", "p2"));
        assertArrayEquals(new double[] {0.875, 0.25}, s.scores(), 1e-15);
        assertArrayEquals(new double[] {0.75, 0.125}, s.contributions()[0], 1e-15);
    }

    @Test
    void geometricAggregationIsTheWeightedProductAndNeedsAFloorForZeros() {
        AggregateScores s = Aggregation.geometric(null)
                .aggregate(new double[][] {{0.25, 1}}, new double[] {0.5, 0.5}, AB, List.of("p1"));
        assertEquals(0.5, s.scores()[0], 1e-15);
        assertEquals(0.5, s.contributions()[0][0] + s.contributions()[0][1], 1e-15);
        assertThrows(ScoringException.class, () -> Aggregation.geometric(null)
                .aggregate(new double[][] {{0, 1}}, new double[] {0.5, 0.5}, AB, List.of("p1")));
        AggregateScores floored = Aggregation.geometric(0.01)
                .aggregate(new double[][] {{0, 1}}, new double[] {0.5, 0.5}, AB, List.of("p1"));
        assertEquals(0.1, floored.scores()[0], 1e-15);
    }

    @Test
    void minMaxTurnsNegativeIndicatorsAroundAndRejectsAllEqualColumns() {
        assertArrayEquals(new double[] {1, 0.5, 0}, Normalization.minMax()
                .normalize("d", IndicatorDirection.NEGATIVE, new double[] {10, 20, 30}), 1e-15);
        ScoringException e = assertThrows(ScoringException.class,
                () -> Normalization.minMax().normalize("d", IndicatorDirection.POSITIVE, new double[] {4, 4, 4}));
        assertEquals("$.indicators.d", e.issue().cell());
    }

    // Oracle: numpy (x − mean)/std(ddof=1) of 2.5 1.2 3.1 0.8 1.9.
    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        assertArrayEquals(new double[] {0.64142698, -0.74833148, 1.28285396, -1.17594946, 0},
                Normalization.zScore().normalize("x", IndicatorDirection.POSITIVE, new double[] {2.5, 1.2, 3.1, 0.8, 1.9}),
                1e-8);
    }

    @Test
    void vectorAndRankNormalisationFollowTheConventions() {
        assertArrayEquals(new double[] {0.6, 0.8}, Normalization.vector()
                .normalize("x", IndicatorDirection.POSITIVE, new double[] {3, 4}), 1e-15);
        assertArrayEquals(new double[] {0.4, 0.2}, Normalization.vector()
                .normalize("x", IndicatorDirection.NEGATIVE, new double[] {3, 4}), 1e-15);
        assertArrayEquals(new double[] {0, 0.625, 0.625, 0.25, 1}, Normalization.rank()
                .normalize("x", IndicatorDirection.POSITIVE, new double[] {1, 5, 5, 2, 9}), 1e-15);
        assertArrayEquals(new double[] {2, -3}, Normalization.none()
                .normalize("x", IndicatorDirection.NEGATIVE, new double[] {-2, 3}), 1e-15);
    }
}
