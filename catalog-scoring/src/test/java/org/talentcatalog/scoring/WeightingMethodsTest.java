package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightingMethodsTest {

    private static final List<String> FOUR = List.of("a", "b", "c", "d");
    private static final double[][] SAATY_SCALE_MATRIX = {
        {1, 3, 5, 9}, {1 / 3.0, 1, 3, 7}, {1 / 5.0, 1 / 3.0, 1, 3}, {1 / 9.0, 1 / 7.0, 1 / 3.0, 1}};

    /** A 5 positions × 3 indicators table used for the objective methods. */
    private static final double[][] RAW = {{2.5, 60, 0.3}, {1.2, 45, 0.5}, {3.1, 90, 0.2}, {0.8, 30, 0.6}, {1.9, 75, 0.45}};

    private static WeightingInput input(List<String> ids, double[][] raw, double[][] normalized) {
        return new WeightingInput(ids, raw, normalized);
    }

    // Oracle: no published eigenvector for this 1–9-scale matrix could be retrieved during this work, so
    // the expected values were computed independently with numpy 2.4 (numpy.linalg.eig, principal
    // eigenvalue; row geometric means), not taken from a publication.
    @Test
    void ahpEigenvectorMatchesIndependentNumpyOracleWithConsistency() {
        Weights w = Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(input(FOUR, new double[0][4], new double[0][4]));
        double[] expected = {0.573454587933, 0.271227174059, 0.110232500236, 0.045085737772};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], w.values().get(j), 1e-9);
        }
        Consistency c = w.consistency().orElseThrow();
        assertEquals(4.087630128990956, c.lambdaMax(), 1e-9);
        assertEquals(0.02921004299698519, c.ci(), 1e-9);
        assertEquals(0.03245560332998355, c.cr(), 1e-9);
        assertTrue(w.warnings().isEmpty());
    }

    @Test
    void ahpConsistencyRatioUsesTheChosenRandomIndexTable() {
        double ci = 0.02921004299698519;
        assertEquals(ci / 0.89, Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_2005)
                .weigh(input(FOUR, new double[0][4], new double[0][4])).consistency().orElseThrow().cr(), 1e-9);
        assertEquals(ci / 0.8286, Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.EIGENVECTOR, RandomIndex.DONEGAN_DODD)
                .weigh(input(FOUR, new double[0][4], new double[0][4])).consistency().orElseThrow().cr(), 1e-9);
    }

    @Test
    void ahpGeometricMeanPrioritiesMatchNumpyOracle() {
        Weights w = Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.GEOMETRIC_MEAN, RandomIndex.SAATY_CLASSIC)
                .weigh(input(FOUR, new double[0][4], new double[0][4]));
        double[] expected = {0.570613038404, 0.272290668938, 0.111947847569, 0.045148445089};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], w.values().get(j), 1e-9);
        }
    }

    // Saaty's own consistent example: a matrix with a_ij = w_i/w_j has λmax = n and CI = 0 (Saaty 1977,
    // J. Math. Psychology 15, "A scaling method for priorities in hierarchical structures").
    @Test
    void ahpOfAConsistentMatrixRecoversTheRatiosExactly() {
        double[] w = {0.5, 0.3, 0.2};
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        Weights out = Weighting.ahp(a, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(input(List.of("a", "b", "c"), new double[0][3], new double[0][3]));
        assertEquals(0.5, out.values().get(0), 1e-12);
        assertEquals(3.0, out.consistency().orElseThrow().lambdaMax(), 1e-12);
        assertEquals(0.0, out.consistency().orElseThrow().cr(), 1e-12);
    }

    @Test
    void ahpWarnsWhenConsistencyRatioReachesOneTenth() {
        double[][] cyclic = {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}};
        Weights out = Weighting.ahp(cyclic, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(input(List.of("a", "b", "c"), new double[0][3], new double[0][3]));
        assertTrue(out.consistency().orElseThrow().cr() >= 0.1);
        assertEquals("AHP_INCONSISTENT", out.warnings().get(0).code());
    }

    @Test
    void ahpRejectsNonReciprocalNonSquareAndWrongSizeMatrices() {
        List<String> two = List.of("a", "b");
        ScoringException e = assertThrows(ScoringException.class, () -> Weighting.ahp(new double[][] {{1, 3}, {3, 1}},
                AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).weigh(input(two, new double[0][2], new double[0][2])));
        assertEquals("$.weighting.pairwise[0][1]", e.location());
        assertThrows(ScoringException.class, () -> Weighting.ahp(new double[][] {{1, 3}, {1 / 3.0}},
                AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).weigh(input(two, new double[0][2], new double[0][2])));
        assertThrows(ScoringException.class, () -> Weighting.ahp(SAATY_SCALE_MATRIX,
                AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).weigh(input(two, new double[0][2], new double[0][2])));
    }

    // Oracle computed independently with numpy (p = x / column sum, E = −Σ p ln p / ln m); not a publication.
    @Test
    void entropyWeightsOnRawValuesMatchNumpyOracle() {
        Weights w = Weighting.entropy(false).weigh(input(List.of("a", "b", "c"), RAW, RAW));
        assertEquals(0.43838169, w.values().get(0), 1e-8);
        assertEquals(0.28172459, w.values().get(1), 1e-8);
        assertEquals(0.27989372, w.values().get(2), 1e-8);
    }

    @Test
    void entropyOnRawValuesRejectsNegativeValues() {
        double[][] negative = {{1, 2}, {-1, 3}};
        ScoringException e = assertThrows(ScoringException.class,
                () -> Weighting.entropy(false).weigh(input(List.of("a", "b"), negative, negative)));
        assertEquals("$.indicators.a", e.location());
    }

    // Oracle computed independently with numpy on the MIN_MAX-normalised RAW table (sample sd,
    // numpy.corrcoef); Diakoulaki et al. (1995) define the method, the numbers are not theirs.
    @Test
    void criticWeightsMatchNumpyOracle() {
        double[][] normalized = new double[RAW.length][3];
        for (int j = 0; j < 3; j++) {
            double[] col = Normalization.minMax().normalize("x", org.talentcatalog.model.IndicatorDirection.POSITIVE,
                    new double[] {RAW[0][j], RAW[1][j], RAW[2][j], RAW[3][j], RAW[4][j]});
            for (int i = 0; i < RAW.length; i++) {
                normalized[i][j] = col[i];
            }
        }
        Weights w = Weighting.critic().weigh(input(List.of("a", "b", "c"), RAW, normalized));
        assertEquals(0.27018439, w.values().get(0), 1e-8);
        assertEquals(0.24429053, w.values().get(1), 1e-8);
        assertEquals(0.48552507, w.values().get(2), 1e-8);
    }

    @Test
    void fixedWeightsAreNormalisedAndUnknownIndicatorsRejected() {
        Weights w = Weighting.fixed(Map.of("a", 3.0, "b", 1.0)).weigh(input(List.of("a", "b"), RAW, RAW));
        assertEquals(0.75, w.values().get(0), 1e-15);
        ScoringException e = assertThrows(ScoringException.class, () -> Weighting.fixed(Map.of("a", 1.0, "zz", 1.0))
                .weigh(input(List.of("a"), RAW, RAW)));
        assertEquals("$.weighting.weights.zz", e.location());
    }

    @Test
    void combinedMixesSubjectiveAndObjectiveByAlpha() {
        Weights w = Weighting.combined(Weighting.fixed(Map.of("a", 1.0, "b", 0.0, "c", 0.0)), Weighting.equal(), 0.25)
                .weigh(input(List.of("a", "b", "c"), RAW, RAW));
        assertEquals(0.25 + 0.75 / 3, w.values().get(0), 1e-15);
        assertEquals(0.25, w.values().get(1), 1e-15);
    }
}
