package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.IndicatorDirection;

/**
 * The rank intervals of the weight sensitivity analysis against the procedure {@link Sensitivity}
 * documents, carried out here step by step: min–max values, equal weights each multiplied by
 * (1 + noise·U) from the seeded generator and renormalised, weighted sums, competition ranks, and the
 * nearest-rank 5th and 95th percentiles.
 */
class SensitivityOracleProperties {

    private static final List<String> IDS = List.of("a", "b", "c");

    @Property(tries = 40)
    void rankIntervalsAreThePercentilesOfTheRanksUnderPerturbedWeights(@ForAll long seed,
            @ForAll @IntRange(min = 4, max = 9) int positions, @ForAll @IntRange(min = 1, max = 60) int runs,
            @ForAll @DoubleRange(min = 0, max = 0.95) double noise) {
        SplittableRandom values = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[][] raw = new double[positions][IDS.size()];
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < positions; i++) {
            Map<String, Double> v = new LinkedHashMap<>();
            for (int j = 0; j < IDS.size(); j++) {
                raw[i][j] = i == j ? 0 : i == j + 1 ? 100 : values.nextInt(1, 100_000) / 1000.0;
                v.put(IDS.get(j), raw[i][j]);
            }
            rows.add(new PositionRow(String.format("P%02d", i), "岗位", "", v, i + 2));
        }
        ScoringConfig.Builder b = ScoringConfig.builder().sensitivity(runs, noise, seed);
        IDS.forEach(id -> b.indicator(id, IndicatorDirection.POSITIVE));
        ScoringResult result = ShortageScorer.of(b.build()).score(new IndicatorTable(IDS, rows, "t.csv"));
        RankInterval[] expected = intervals(minMax(raw), runs, noise, seed);
        for (int i = 0; i < positions; i++) {
            RankInterval got = result.position(String.format("P%02d", i)).orElseThrow().rankInterval();
            assertEquals(expected[i], got, "P" + i);
        }
    }

    @Property(tries = 20)
    void withoutNoiseEveryIntervalIsTheRank(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int runs) {
        Map<String, Double> low = Map.of("a", 1.0, "b", 2.0, "c", 1.0);
        Map<String, Double> mid = Map.of("a", 2.0, "b", 1.0, "c", 2.0);
        Map<String, Double> high = Map.of("a", 3.0, "b", 3.0, "c", 3.0);
        ScoringConfig.Builder b = ScoringConfig.builder().sensitivity(runs, 0, seed);
        IDS.forEach(id -> b.indicator(id, IndicatorDirection.POSITIVE));
        ScoringResult r = ShortageScorer.of(b.build()).score(new IndicatorTable(IDS, List.of(
                new PositionRow("L", "", "", low, 2), new PositionRow("M", "", "", mid, 3),
                new PositionRow("H", "", "", high, 4)), "t.csv"));
        assertEquals(new RankInterval(1, 1), r.position("H").orElseThrow().rankInterval());
        assertEquals(new RankInterval(2, 2), r.position("M").orElseThrow().rankInterval());
        assertEquals(new RankInterval(3, 3), r.position("L").orElseThrow().rankInterval());
    }

    private static double[][] minMax(double[][] raw) {
        double[][] out = new double[raw.length][raw[0].length];
        for (int j = 0; j < raw[0].length; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : raw) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            for (int i = 0; i < raw.length; i++) {
                out[i][j] = (raw[i][j] - min) / (max - min);
            }
        }
        return out;
    }

    private static RankInterval[] intervals(double[][] x, int runs, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int m = x.length;
        int n = x[0].length;
        int[][] ranks = new int[m][runs];
        for (int run = 0; run < runs; run++) {
            double[] w = new double[n];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = (1.0 / n) * (1 + noise * (2 * random.nextDouble() - 1));
                sum += w[j];
            }
            double[] score = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    score[i] += w[j] / sum * x[i][j];
                }
            }
            for (int i = 0; i < m; i++) {
                int above = 0;
                for (int k = 0; k < m; k++) {
                    above += score[k] > score[i] ? 1 : 0;
                }
                ranks[i][run] = above + 1;
            }
        }
        RankInterval[] out = new RankInterval[m];
        for (int i = 0; i < m; i++) {
            int[] sorted = ranks[i].clone();
            Arrays.sort(sorted);
            out[i] = new RankInterval(sorted[(int) Math.ceil(0.05 * runs) - 1],
                    sorted[(int) Math.ceil(0.95 * runs) - 1]);
        }
        return out;
    }
}
