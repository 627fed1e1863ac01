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

    static WeightingInput input(List<String> ids, double[][] raw, double[][] normalized) {
        return new WeightingInput(ids, raw, normalized);
    }

    /** Asserts each value to within half a unit of the last printed decimal. */
    private static void assertPrinted(double[] printed, int decimals, List<Double> actual) {
        assertEquals(printed.length, actual.size());
        double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-12;
        for (int j = 0; j < printed.length; j++) {
            assertEquals(printed[j], actual.get(j), tolerance, "value " + j);
        }
    }

    private static double[][] reciprocal(double[][] upper) {
        int n = upper.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                a[i][j] = upper[i][j];
                a[j][i] = 1 / upper[i][j];
            }
        }
        return a;
    }

    /**
     * Saaty's "relative consumption of drinks in the US" matrix, rows and columns coffee, wine, tea, beer,
     * sodas, milk, water; T. L. Saaty, "Decision making with the analytic hierarchy process", Int. J.
     * Services Sciences 1(1), 2008, pp. 83–98 (the drinks example). Upper triangle as published.
     */
    private static final double[][] SAATY_2008_DRINKS = reciprocal(new double[][] {
        {1, 9, 5, 2, 1, 1, 1 / 2.0},
        {0, 1, 1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0},
        {0, 0, 1, 1 / 3.0, 1 / 4.0, 1 / 3.0, 1 / 9.0},
        {0, 0, 0, 1, 1 / 2.0, 1, 1 / 3.0},
        {0, 0, 0, 0, 1, 2, 1 / 2.0},
        {0, 0, 0, 0, 0, 1, 1 / 3.0},
        {0, 0, 0, 0, 0, 0, 1}});

    private static final List<String> DRINKS = List.of("coffee", "wine", "tea", "beer", "sodas", "milk", "water");

    // Published worked example: Saaty (2008), IJSS 1(1) 83–98, drinks example — derived priorities
    // .177 .019 .042 .116 .190 .129 .327 (3 decimals) and consistency ratio .022 (3 decimals), the
    // latter with Saaty's 2005 random index RI(7) = 1.35 (our SAATY_2005). The same values, with the
    // input transcribed as a dictionary of pairs, are the expectations of AHPy's test suite
    // (PhilipGriffith/AHPy, tests/test_ahp.py, test_drinks_weights_precision_3_saaty, test_drinks_cr_saaty).
    @Test
    void ahpEigenvectorReproducesSaatys2008DrinksExample() {
        Weights w = Weighting.ahp(SAATY_2008_DRINKS, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_2005)
                .weigh(input(DRINKS, new double[0][7], new double[0][7]));
        assertPrinted(new double[] {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327}, 3, w.values());
        assertEquals(0.022, w.consistency().cr(), 0.0005);
        assertTrue(w.warnings().isEmpty());
    }

    // Published reference result: AHPy (PhilipGriffith/AHPy, tests/test_ahp.py,
    // test_drinks_weights_precision_4_dd and test_drinks_cr_dd) gives Saaty's (2008) drinks priorities to
    // 4 decimals, .1775 .0191 .0418 .1164 .1896 .1288 .3268, and CR .0235 with Donegan & Dodd's (1991)
    // random index (RI(7) = 1.2519, our DONEGAN_DODD).
    @Test
    void ahpReproducesTheDrinksExampleToFourDecimalsWithDoneganDoddIndex() {
        Weights w = Weighting.ahp(SAATY_2008_DRINKS, AhpPriority.EIGENVECTOR, RandomIndex.DONEGAN_DODD)
                .weigh(input(DRINKS, new double[0][7], new double[0][7]));
        assertPrinted(new double[] {0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268}, 4, w.values());
        assertEquals(0.0235, w.consistency().cr(), 0.00005);
    }

    // Published worked example: S. Bozóki, J. Fülöp, L. Rónyai, "On optimal completion of incomplete
    // pairwise comparison matrices", Mathematical and Computer Modelling 52(1–2), 2010, pp. 318–333, the
    // 4 × 4 example completed with a_cd = 3/4. Expected priorities .3742 .3917 .0991 .1349 and CR .0372
    // (Donegan & Dodd index) as printed in the AHPy README (PhilipGriffith/AHPy, README.md, "complete").
    @Test
    void ahpReproducesBozokiFulopRonyaiCompletedFourByFourExample() {
        double[][] a = reciprocal(new double[][] {{1, 1, 5, 2}, {0, 1, 3, 4}, {0, 0, 1, 3 / 4.0}, {0, 0, 0, 1}});
        Weights w = Weighting.ahp(a, AhpPriority.EIGENVECTOR, RandomIndex.DONEGAN_DODD)
                .weigh(input(FOUR, new double[0][4], new double[0][4]));
        assertPrinted(new double[] {0.3742, 0.3917, 0.0991, 0.1349}, 4, w.values());
        assertEquals(0.0372, w.consistency().cr(), 0.00005);
    }

    // Published worked example: Y.-M. Wang, K.-S. Chin, "A linear programming approximation to the
    // eigenvector method in the analytic hierarchy process", Information Sciences 181(23), 2011,
    // pp. 5240–5248 — the 6 × 6 matrix below with eigenvector priorities .3208 .1395 .0348 .1285 .2374
    // .1391 (4 decimals), as transcribed in pymcdm's test suite (kotbaton/pymcdm, TestAHPWeights).
    // The matrix is strongly inconsistent (CR ≈ 0.229 with SAATY_CLASSIC), so the warning is expected.
    @Test
    void ahpEigenvectorReproducesWangChinSixBySixExample() {
        double[][] a = reciprocal(new double[][] {
            {1, 4, 3, 1, 3, 4}, {0, 1, 7, 3, 1 / 5.0, 1}, {0, 0, 1, 1 / 5.0, 1 / 5.0, 1 / 6.0},
            {0, 0, 0, 1, 1, 1 / 3.0}, {0, 0, 0, 0, 1, 3}, {0, 0, 0, 0, 0, 1}});
        Weights w = Weighting.ahp(a, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(input(List.of("a", "b", "c", "d", "e", "f"), new double[0][6], new double[0][6]));
        assertPrinted(new double[] {0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391}, 4, w.values());
        assertEquals("AHP_INCONSISTENT", w.warnings().get(0).code());
    }

    // Independent check, not a publication: no published example of the row-geometric-mean priorities
    // was found, so GEOMETRIC_MEAN (and the 4 × 4 eigenvector case below) is checked against numpy 2.4
    // (numpy.linalg.eig, principal eigenvalue; normalised row geometric means).
    @Test
    void ahpEigenvectorMatchesIndependentNumpyOracleWithConsistency() {
        Weights w = Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(input(FOUR, new double[0][4], new double[0][4]));
        double[] expected = {0.573454587933, 0.271227174059, 0.110232500236, 0.045085737772};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j], w.values().get(j), 1e-9);
        }
        Consistency c = w.consistency();
        assertEquals(4.087630128990956, c.lambdaMax(), 1e-9);
        assertEquals(0.02921004299698519, c.ci(), 1e-9);
        assertEquals(0.03245560332998355, c.cr(), 1e-9);
        assertTrue(w.warnings().isEmpty());
    }

    @Test
    void ahpConsistencyRatioUsesTheChosenRandomIndexTable() {
        double ci = 0.02921004299698519;
        assertEquals(ci / 0.89, Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_2005)
                .weigh(input(FOUR, new double[0][4], new double[0][4])).consistency().cr(), 1e-9);
        assertEquals(ci / 0.8286, Weighting.ahp(SAATY_SCALE_MATRIX, AhpPriority.EIGENVECTOR, RandomIndex.DONEGAN_DODD)
                .weigh(input(FOUR, new double[0][4], new double[0][4])).consistency().cr(), 1e-9);
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
        assertEquals(3.0, out.consistency().lambdaMax(), 1e-12);
        assertEquals(0.0, out.consistency().cr(), 1e-12);
    }

    @Test
    void ahpWarnsWhenConsistencyRatioReachesOneTenth() {
        double[][] cyclic = {{1, 9, 1 / 9.0}, {1 / 9.0, 1, 9}, {9, 1 / 9.0, 1}};
        Weights out = Weighting.ahp(cyclic, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(input(List.of("a", "b", "c"), new double[0][3], new double[0][3]));
        assertTrue(out.consistency().cr() >= 0.1);
        assertEquals("AHP_INCONSISTENT", out.warnings().get(0).code());
    }

    @Test
    void ahpRejectsNonReciprocalNonSquareAndWrongSizeMatrices() {
        List<String> two = List.of("a", "b");
        ScoringException e = assertThrows(ScoringException.class, () -> Weighting.ahp(new double[][] {{1, 3}, {3, 1}},
                AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).weigh(input(two, new double[0][2], new double[0][2])));
        assertEquals("$.weighting.pairwise[0][1]", e.issue().cell());
        assertThrows(ScoringException.class, () -> Weighting.ahp(new double[][] {{1, 3}, {1 / 3.0}},
                AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).weigh(input(two, new double[0][2], new double[0][2])));
        assertThrows(ScoringException.class, () -> Weighting.ahp(SAATY_SCALE_MATRIX,
                AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).weigh(input(two, new double[0][2], new double[0][2])));
    }

    // Published worked example: X. Xu, "A note on the subjective and objective integrated approach to
    // determine attribute weights", European Journal of Operational Research 156(2), 2004, pp. 530–532:
    // a 4 × 4 decision matrix with entropy weights .4630 .3992 .1378 .0000 (4 decimals), as transcribed in
    // the objective-weights-mcda test suite (Test_Entropy.test_Entropy). Xu's pᵢⱼ = xᵢⱼ/Σᵢxᵢⱼ and
    // Eⱼ = −Σ pᵢⱼ ln pᵢⱼ / ln m are our ENTROPY convention on raw values, so no conversion is needed.
    @Test
    void entropyReproducesXu2004FourByFourExample() {
        double[][] x = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
        Weights w = Weighting.entropy(false).weigh(input(FOUR, x, x));
        assertPrinted(new double[] {0.4630, 0.3992, 0.1378, 0.0000}, 4, w.values());
    }

    // Published worked example: E. A. Elsayed, A. S. Dawood, R. Karthikeyan, "Evaluating alternatives
    // through the application of TOPSIS method with entropy weight", Int. J. Engineering Trends and
    // Technology 46(2), 2017, pp. 60–66: 12 alternatives × 5 criteria, entropy weights .104991 .069124
    // .071373 .449937 .304575 (6 decimals) as transcribed in pymcdm's test suite (kotbaton/pymcdm,
    // TestEntropyWeights). Same convention as ours (column-sum shares, 1/ln m).
    @Test
    void entropyReproducesElsayedDawoodKarthikeyanExampleToSixDecimals() {
        double[][] x = {{7, 312, 1891, 6613, 163}, {72, 88, 728, 941804, 1078}, {10, 252, 2594, 3466, 117471},
            {10, 145, 980, 2371, 86329}, {65, 54, 350, 501, 29897}, {29, 48, 380, 912, 34051},
            {7, 476, 3300, 78470, 2212}, {70, 87, 650, 733, 819000}, {4, 86, 591, 3015, 103},
            {12, 79, 579, 3240, 96098}, {21, 45, 261, 1253, 453}, {1, 72, 530, 4333, 0.1048}};
        Weights w = Weighting.entropy(false).weigh(input(List.of("a", "b", "c", "d", "e"), x, x));
        assertPrinted(new double[] {0.104991, 0.069124, 0.071373, 0.449937, 0.304575}, 6, w.values());
    }

    // Independent check (numpy: p = x / column sum, E = −Σ p ln p / ln m), kept beside the publications.
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
        assertEquals("$.indicators.a", e.issue().cell());
    }

    // Published worked example: A. Tuş, E. Aytaç Adalı, "The new combination with CRITIC and WASPAS methods
    // for the time and attendance software selection problem", OPSEARCH 56(2), 2019, pp. 528–538: 5
    // alternatives × 6 criteria, CRITIC weights .157 .249 .168 .121 .154 .151 (3 decimals), as transcribed
    // in pymcdm's (TestCRITICWeights) and objective-weights-mcda's (Test_CRITIC) test suites.
    // Where it differs from us: the published weights are reproduced when every column, price included, is
    // min–max normalised as a benefit (all POSITIVE here). Under our convention a NEGATIVE price is
    // normalised as (max − x)/(max − min), which flips the sign of its correlations and gives
    // .1841 .2130 .1422 .1583 .1684 .1340 instead. The source paper itself was not retrieved, so whether it
    // treats price as a cost in the CRITIC step is not confirmed here. σ being sample or population sd does
    // not matter: the common factor cancels in the normalisation of the weights.
    @Test
    void criticReproducesTusAytacAdaliExampleWithEveryColumnAsBenefit() {
        double[][] raw = {{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3}, {600, 4, 3, 1, 2, 2},
            {800, 2, 4, 3, 3, 4}};
        double[][] normalized = new double[raw.length][6];
        for (int j = 0; j < 6; j++) {
            double[] column = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                column[i] = raw[i][j];
            }
            double[] col = Normalization.minMax().normalize("c" + j,
                    org.talentcatalog.model.IndicatorDirection.POSITIVE, column);
            for (int i = 0; i < raw.length; i++) {
                normalized[i][j] = col[i];
            }
        }
        Weights w = Weighting.critic().weigh(input(List.of("a", "b", "c", "d", "e", "f"), raw, normalized));
        assertPrinted(new double[] {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, 3, w.values());
    }

    // Independent check (numpy on the MIN_MAX-normalised RAW table, sample sd, numpy.corrcoef).
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
        assertEquals("$.weighting.weights.zz", e.issue().cell());
    }

    @Test
    void combinedMixesSubjectiveAndObjectiveByAlpha() {
        Weights w = Weighting.combined(Weighting.fixed(Map.of("a", 1.0, "b", 0.0, "c", 0.0)), Weighting.equal(), 0.25)
                .weigh(input(List.of("a", "b", "c"), RAW, RAW));
        assertEquals(0.25 + 0.75 / 3, w.values().get(0), 1e-15);
        assertEquals(0.25, w.values().get(1), 1e-15);
    }
}
