package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What each weighting method refuses, where and in which words (docs/scoring.md), and the inputs at
 * the edge of each refusal that it accepts.
 */
class MethodRefusalsTest {

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            out.add(String.valueOf((char) ('a' + j)));
        }
        return out;
    }

    private static Weights ahp(double[][] pairwise, int indicators) {
        return Weighting.ahp(pairwise, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC)
                .weigh(new WeightingInput(ids(indicators), new double[0][indicators], new double[0][indicators]));
    }

    private static ScoringException refused(Executable call, String cell) {
        ScoringException e = assertThrows(ScoringException.class, call);
        assertEquals(cell, e.issue().cell());
        return e;
    }

    private static double[][] ones(int n) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            Arrays.fill(row, 1);
        }
        return a;
    }

    @Test
    void ahpSaysWhatIsWrongWithThePairwiseMatrixAtItsEntry() {
        assertEquals("the pairwise matrix needs 3 rows (one per indicator), got 2",
                refused(() -> ahp(ones(2), 3), "$.weighting.pairwise").issue().text().en());
        assertEquals("the pairwise matrix is not square: row 2 has 1 entries, expected 2",
                refused(() -> ahp(new double[][] {{1, 1}, {1}}, 2), "$.weighting.pairwise[1]").issue().text().en());
        assertEquals("the pairwise matrix is not square: row 2 has 0 entries, expected 2",
                refused(() -> ahp(new double[][] {{1, 1}, null}, 2), "$.weighting.pairwise[1]").issue().text().en());
        assertEquals("pairwise entries must be positive: 0.0",
                refused(() -> ahp(new double[][] {{1, 0}, {0, 1}}, 2), "$.weighting.pairwise[0][1]").issue().text().en());
        assertEquals("pairwise entries must be positive: Infinity", refused(() -> ahp(new double[][] {{1, Double.POSITIVE_INFINITY},
                {1, 1}}, 2), "$.weighting.pairwise[0][1]").issue().text().en());
        assertTrue(refused(() -> ahp(new double[][] {{1, 1e16}, {1e-16, 1}}, 2), "$.weighting.pairwise[0][1]")
                .issue().text().en().startsWith("pairwise entries must be between 1/"));
        assertTrue(refused(() -> ahp(new double[][] {{1, 1e-16}, {1e16, 1}}, 2), "$.weighting.pairwise[0][1]")
                .issue().text().en().startsWith("pairwise entries must be between 1/"));
        assertEquals("the pairwise matrix is not reciprocal: a[2][3]·a[3][2] = 4.0, expected 1",
                refused(() -> ahp(new double[][] {{1, 1, 1}, {1, 1, 2}, {1, 2, 1}}, 3), "$.weighting.pairwise[1][2]")
                        .issue().text().en());
        assertEquals("AHP supports at most 10 indicators (the range of the random-index tables)",
                refused(() -> ahp(ones(11), 11), "$.weighting.pairwise").issue().text().en());
    }

    @Test
    void ahpAcceptsTheEdgesOfItsRefusals() {
        Weights ten = ahp(ones(10), 10);
        for (double w : ten.values()) {
            assertEquals(0.1, w, 1e-15);
        }
        assertEquals(0.0, ten.consistency().cr(), 1e-12);
        // a product of 1.005 is within the tolerance of rounded judgements (0.01); 1.02 is not
        assertEquals(2, ahp(new double[][] {{1, 3}, {0.335, 1}}, 2).values().size());
        refused(() -> ahp(new double[][] {{1, 3}, {0.34, 1}}, 2), "$.weighting.pairwise[0][1]");
        // entries of exactly 10¹⁵ and 10⁻¹⁵ are in range
        Weights extreme = ahp(new double[][] {{1, 1e15}, {1e-15, 1}}, 2);
        assertEquals(1.0, extreme.values().get(0), 1e-12);
        // two indicators are always consistent: CI and CR are 0 by definition (there is no RI for n = 2)
        Weights two = ahp(new double[][] {{1, 3}, {1 / 3.0, 1}}, 2);
        assertEquals(0.0, two.consistency().ci());
        assertEquals(0.0, two.consistency().cr());
        assertEquals(0.75, two.values().get(0), 1e-12);
        assertEquals("AHP", Weighting.ahp(ones(2), AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC).method());
    }

    @Test
    void entropySaysWhichValuesAreWrong() {
        List<String> ab = List.of("a", "b");
        double[][] ok = {{1, 2}, {3, 4}};
        double[][] negative = {{1, 2}, {-1, 3}};
        assertEquals("ENTROPY needs non-negative raw values; indicator a has a negative value",
                refused(() -> Weighting.entropy(false).weigh(new WeightingInput(ab, negative, ok)), "$.indicators.a")
                        .issue().text().en());
        assertEquals("ENTROPY needs non-negative normalised values; indicator a has a negative value",
                refused(() -> Weighting.entropy(true).weigh(new WeightingInput(ab, ok, negative)), "$.indicators.a")
                        .issue().text().en());
        assertEquals("indicator b is all zero: entropy is undefined", refused(() -> Weighting.entropy(false)
                .weigh(new WeightingInput(ab, new double[][] {{1, 0}, {2, 0}}, ok)), "$.indicators.b").issue().text().en());
        assertEquals("ENTROPY needs at least 2 positions", refused(() -> Weighting.entropy(false)
                .weigh(new WeightingInput(ab, new double[][] {{1, 2}}, new double[][] {{1, 2}})), "$.weighting").issue().text().en());
        assertTrue(refused(() -> Weighting.entropy(false).weigh(new WeightingInput(ab, new double[][] {{1, 2}, {1, 2}}, ok)),
                "$.weighting").issue().text().en().startsWith("every indicator has entropy 1"));
        assertEquals("ENTROPY", Weighting.entropy(false).method());
    }

    @Test
    void entropyOnNormalisedValuesWeighsTheNormalisedTable() {
        List<String> ab = List.of("a", "b");
        double[][] raw = {{1, 1}, {1, 2}, {1, 4}};
        double[][] normalized = {{0, 1}, {0.5, 0.5}, {1, 0}};
        // the normalised columns are mirror images: equal entropies, equal weights
        assertEquals(List.of(0.5, 0.5), Weighting.entropy(true).weigh(new WeightingInput(ab, raw, normalized)).values());
        // the raw table's first column is constant: all the weight goes to the second
        assertEquals(List.of(0.0, 1.0), Weighting.entropy(false).weigh(new WeightingInput(ab, raw, normalized)).values());
    }

    @Test
    void fixedWeightsNeedOneNonNegativeWeightPerIndicatorAndAPositiveSum() {
        List<String> ab = List.of("a", "b");
        WeightingInput input = new WeightingInput(ab, new double[][] {{1, 2}}, new double[][] {{1, 2}});
        assertEquals("no weight for indicator b",
                refused(() -> Weighting.fixed(Map.of("a", 1.0)).weigh(input), "$.weighting.weights").issue().text().en());
        assertEquals("weight must be a non-negative number: -1.0",
                refused(() -> Weighting.fixed(Map.of("a", 1.0, "b", -1.0)).weigh(input), "$.weighting.weights.b").issue().text().en());
        refused(() -> Weighting.fixed(Map.of("a", 1.0, "b", Double.NaN)).weigh(input), "$.weighting.weights.b");
        refused(() -> Weighting.fixed(Map.of("a", 1.0, "b", Double.POSITIVE_INFINITY)).weigh(input), "$.weighting.weights.b");
        assertEquals("the weights sum to 0",
                refused(() -> Weighting.fixed(Map.of("a", 0.0, "b", 0.0)).weigh(input), "$.weighting.weights").issue().text().en());
        Map<String, Double> zeroAndOne = new LinkedHashMap<>();
        zeroAndOne.put("a", 0.0);
        zeroAndOne.put("b", 2.0);
        assertEquals(List.of(0.0, 1.0), Weighting.fixed(zeroAndOne).weigh(input).values());
        assertEquals("FIXED", Weighting.fixed(zeroAndOne).method());
    }

    @Test
    void combinedTakesAlphaFromZeroToOneAndTheConsistencyOfWhicheverSideHasOne() {
        List<String> ab = List.of("a", "b");
        WeightingInput input = new WeightingInput(ab, new double[][] {{1, 2}}, new double[][] {{1, 2}});
        Weighting fixed = Weighting.fixed(Map.of("a", 3.0, "b", 1.0));
        Weighting ahp = Weighting.ahp(new double[][] {{1, 1}, {1, 1}}, AhpPriority.EIGENVECTOR, RandomIndex.SAATY_CLASSIC);
        assertEquals(List.of(0.75, 0.25), Weighting.combined(fixed, Weighting.equal(), 1).weigh(input).values());
        assertEquals(List.of(0.5, 0.5), Weighting.combined(fixed, Weighting.equal(), 0).weigh(input).values());
        assertEquals("alpha must be between 0 and 1: 1.5", refused(() -> Weighting.combined(fixed, Weighting.equal(), 1.5),
                "$.weighting.alpha").issue().text().en());
        refused(() -> Weighting.combined(fixed, Weighting.equal(), -0.5), "$.weighting.alpha");
        refused(() -> Weighting.combined(fixed, Weighting.equal(), Double.NaN), "$.weighting.alpha");
        Weights subjective = Weighting.combined(ahp, fixed, 0.5).weigh(input);
        assertEquals(2.0, subjective.consistency().lambdaMax(), 1e-12);
        Weights objective = Weighting.combined(fixed, ahp, 0.5).weigh(input);
        assertEquals(2.0, objective.consistency().lambdaMax(), 1e-12);
        assertArrayEquals(new double[] {0.625, 0.375}, objective.values().stream().mapToDouble(d -> d).toArray(), 1e-15);
    }

    @Test
    void aMethodWithAMemberItDoesNotKnowIsRefusedAtThatMember() {
        for (String section : List.of("\"weighting\": {\"method\": \"ENTROPY\", \"bogus\": 1}",
                "\"aggregation\": {\"method\": \"GEOMETRIC\", \"bogus\": 1}",
                "\"classification\": {\"method\": \"JENKS\", \"bogus\": 1}")) {
            String member = section.substring(1, section.indexOf('"', 1));
            refused(() -> ScoringConfig.fromJson("{\"indicators\": [{\"id\": \"x\"}], " + section + "}", "c.json"),
                    "$." + member + ".bogus");
        }
    }
}
