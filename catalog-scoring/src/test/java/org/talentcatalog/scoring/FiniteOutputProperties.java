package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.talentcatalog.model.IndicatorDirection;

/**
 * Whatever the data (zeros, ties, tiny values, values at ±10¹⁵ and beyond it) and whatever the
 * methods, scoring gives finite numbers everywhere — scores, contributions, weights, breaks,
 * consistency, rank intervals — or a {@link ScoringException}; never NaN, an infinity or another
 * exception.
 */
class FiniteOutputProperties {

    @Provide
    Arbitrary<double[][]> tables() {
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, -1.0, 0.5, 3.0, 1e15, -1e15, 1e-300,
                -1e-300, Double.MIN_VALUE, 1e-15, 123456.789, 999999999999999.9, -7.25),
                Arbitraries.doubles().between(-1e15, 1e15), Arbitraries.doubles().between(0, 10).ofScale(1));
        Arbitrary<double[][]> inRange = Arbitraries.integers().between(1, 4).flatMap(n -> value.array(double[].class)
                .ofSize(n).array(double[][].class).ofMinSize(2).ofMaxSize(12));
        // one table in ten has a value beyond the accepted range somewhere
        double[] beyond = {1e308, -1e308, 1e16};
        return Combinators.combine(inRange, Arbitraries.integers().between(0, 29), Arbitraries.integers().between(0, 99))
                .as((t, which, where) -> {
                    if (which < beyond.length) {
                        t[where % t.length][where % t[0].length] = beyond[which];
                    }
                    return t;
                });
    }

    private static final List<String> NORMALIZATIONS = List.of("NONE", "MIN_MAX", "Z_SCORE", "VECTOR", "RANK");
    private static final List<String> AGGREGATIONS = List.of("{\"method\": \"WEIGHTED_SUM\"}",
            "{\"method\": \"GEOMETRIC\"}", "{\"method\": \"GEOMETRIC\", \"floor\": 1e-300}",
            "{\"method\": \"GEOMETRIC\", \"floor\": 0.01}", "{\"method\": \"TOPSIS\"}");
    private static final List<String> CLASSIFICATIONS = List.of(
            "{\"method\": \"THRESHOLDS\", \"VERY_SCARCE\": 0.7, \"SCARCE\": 0.45, \"GENERALLY_SCARCE\": 0.2}",
            "{\"method\": \"QUANTILES\", \"VERY_SCARCE\": 0.2, \"SCARCE\": 0.5, \"GENERALLY_SCARCE\": 1}",
            "{\"method\": \"JENKS\", \"classes\": 3}", "{\"method\": \"JENKS\", \"classes\": 4}");

    private static String weighting(int which, int n) {
        StringBuilder ahp = new StringBuilder("[");
        StringBuilder fixed = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ahp.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < n; j++) {
                ahp.append(j == 0 ? "" : ", ").append(Math.pow(2, j - i));
            }
            ahp.append(']');
            fixed.append(i == 0 ? "" : ", ").append("\"i").append(i).append("\": ").append(i == 0 ? 1e300 : i);
        }
        ahp.append(']');
        return switch (which) {
            case 0 -> "{\"method\": \"EQUAL\"}";
            case 1 -> "{\"method\": \"FIXED\", \"weights\": {" + fixed + "}}";
            case 2 -> "{\"method\": \"ENTROPY\"}";
            case 3 -> "{\"method\": \"ENTROPY\", \"on\": \"NORMALIZED\"}";
            case 4 -> "{\"method\": \"CRITIC\"}";
            case 5 -> "{\"method\": \"AHP\", \"pairwise\": " + ahp + "}";
            default -> "{\"method\": \"COMBINED\", \"subjective\": {\"method\": \"AHP\", \"pairwise\": " + ahp
                    + "}, \"objective\": {\"method\": \"ENTROPY\", \"on\": \"NORMALIZED\"}, \"alpha\": 0.4}";
        };
    }

    @Property(tries = 400)
    void everyNumberScoredIsFinite(@ForAll("tables") double[][] values, @ForAll @IntRange(max = 4) int normalization,
            @ForAll @IntRange(max = 6) int weighting, @ForAll @IntRange(max = 4) int aggregation,
            @ForAll @IntRange(max = 3) int classification, @ForAll boolean negative) {
        int n = values[0].length;
        StringBuilder indicators = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            ids.add("i" + j);
            indicators.append(j == 0 ? "" : ", ").append("{\"id\": \"i").append(j).append("\", \"direction\": \"")
                    .append(negative && j % 2 == 1 ? "NEGATIVE" : "POSITIVE").append("\"}");
        }
        String config = "{\"indicators\": [" + indicators + "], \"normalization\": {\"method\": \""
                + NORMALIZATIONS.get(normalization) + "\"}, \"weighting\": " + weighting(weighting, n)
                + ", \"aggregation\": " + AGGREGATIONS.get(aggregation) + ", \"classification\": "
                + CLASSIFICATIONS.get(classification) + ", \"sensitivity\": {\"runs\": 30, \"seed\": 2}}";
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Map<String, Double> v = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                v.put(ids.get(j), values[i][j]);
            }
            rows.add(new PositionRow("P" + i, "", "", v, i + 2));
        }
        try {
            ScoringResult r = ShortageScorer.of(ScoringConfig.fromJson(config, "c.json"))
                    .score(new IndicatorTable(ids, rows, "t.csv"));
            Statistics.label("outcome").collect("scored");
            assertFinite(r);
        } catch (ScoringException e) {
            Statistics.label("outcome").collect("error");
        }
        Statistics.label("outcome").coverage(c -> c.check("scored").percentage(p -> p > 25));
    }

    static void assertFinite(ScoringResult r) {
        List<Double> all = new ArrayList<>(r.weights().values());
        all.addAll(r.breaks());
        if (r.consistency() != null) {
            all.addAll(List.of(r.consistency().lambdaMax(), r.consistency().ci(), r.consistency().cr()));
        }
        for (PositionScore p : r.positions()) {
            all.add(p.score());
            all.addAll(p.indicators().values());
            all.addAll(p.contributions().values());
            all.addAll(p.levelProbabilities().values());
            if (p.rankInterval() != null) {
                assertTrue(p.rankInterval().low() >= 1 && p.rankInterval().high() <= r.positions().size());
            }
        }
        for (Double d : all) {
            assertTrue(Double.isFinite(d), () -> d + " in " + r.toJson(Locale.ENGLISH));
        }
        assertTrue(!r.toJson(Locale.ENGLISH).contains("NaN") && !r.toJson(Locale.ENGLISH).contains("Infinity"));
    }
}
