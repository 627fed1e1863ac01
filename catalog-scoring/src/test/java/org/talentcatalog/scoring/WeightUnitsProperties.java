package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Survey weights and FIXED indicator weights are relative: the same data with every weight multiplied
 * by one number give the same result, bit for bit, and so do the same rows in another order.
 */
class WeightUnitsProperties {

    private static final String HEADER = "respondent_id,respondent_type,position_id,vacancies,applicants,hires,"
            + "days_to_fill,offered_salary,difficulty,weight\n";

    /** Scores, levels, indicators, bootstrap probabilities and rank intervals, all in the JSON. */
    private static final String CONFIG = """
            {"indicators": [{"id": "demand_supply_ratio"}, {"id": "vacancies"}, {"id": "unfilled_rate"},
                            {"id": "days_to_fill"}, {"id": "salary_premium"}, {"id": "difficulty", "direction": "NEGATIVE"}],
             "missing": "COLUMN_MEAN",
             "classification": {"method": "THRESHOLDS", "VERY_SCARCE": 0.6, "SCARCE": 0.45, "GENERALLY_SCARCE": 0.3},
             "uncertainty": {"bootstrap": 20, "seed": 3},
             "sensitivity": {"runs": 20, "seed": 4}}""";

    /** Factors that keep weights written as decimals exact: 1/40, 1/8, 100, 3, 10⁻³⁰⁰ … 10³⁰⁰. */
    private static final List<String> FACTORS = List.of("0.025", "0.125", "0.2", "100", "3", "1e-6", "1e-300",
            "1e300", "7e150", "2.5e-200");

    /** One survey row: the numbers as they are written in the CSV, the weight last. */
    record Row(String respondent, String type, String position, int vacancies, int applicants, int hires,
            String days, String salary, String difficulty, BigDecimal weight) {

        String csv(BigDecimal factor) {
            return String.join(",", respondent, type, position, "" + vacancies, "" + applicants, "" + hires, days,
                    salary, difficulty, weight.multiply(factor).toString()) + "\n";
        }
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.of("EMPLOYER", "INDUSTRY_ASSOCIATION", "HR_SERVICE_AGENCY"), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 30),
                Arbitraries.of("", "12", "45.5", "90"), Arbitraries.of("", "150000", "220000", "310000.5"),
                Arbitraries.of(BigDecimal.ONE, new BigDecimal("2.5"), new BigDecimal("0.125"), new BigDecimal("7"),
                        new BigDecimal("1000")))
                .as((r, t, p, v, a, days, salary, w) -> new Row("R" + r, t, "P" + p, v, a, Math.min(v, a), days, salary,
                        "" + (1 + (r + p) % 5), w));
        return row.list().ofMinSize(12).ofMaxSize(40);
    }

    private static String csv(List<Row> rows, BigDecimal factor) {
        StringBuilder out = new StringBuilder(HEADER);
        rows.forEach(r -> out.append(r.csv(factor)));
        return out.toString();
    }

    /** The JSON result, or the error, of scoring the CSV text. */
    private static String outcome(String csv, String config) {
        try {
            SurveyData data = SurveyData.read(new StringReader(csv), "s.csv");
            ScoringResult result = ShortageScorer.of(ScoringConfig.fromJson(config, "c.json")).score(data);
            FiniteOutputProperties.assertFinite(result);
            return result.toJson(Locale.ENGLISH);
        } catch (ScoringException e) {
            return e.describe(Locale.ENGLISH);
        }
    }

    /** Counts the cases that were scored, so that the property is not only about errors. */
    private static String counted(String outcome) {
        Statistics.label("outcome").collect(outcome.startsWith("{") ? "scored" : "error");
        return outcome;
    }

    private static void mostlyScored() {
        Statistics.label("outcome").coverage(c -> c.check("scored").percentage(p -> p > 50));
    }

    @Property(tries = 60)
    void multiplyingEverySurveyWeightChangesNothing(@ForAll("rows") List<Row> rows,
            @ForAll @IntRange(min = 0, max = 9) int which) {
        BigDecimal factor = new BigDecimal(FACTORS.get(which));
        assertEquals(counted(outcome(csv(rows, BigDecimal.ONE), CONFIG)), outcome(csv(rows, factor), CONFIG));
        mostlyScored();
    }

    @Property(tries = 60)
    void theOrderOfTheRowsChangesNothing(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(counted(outcome(csv(rows, BigDecimal.ONE), CONFIG)), outcome(csv(shuffled, BigDecimal.ONE), CONFIG));
        mostlyScored();
    }

    private static String fixed(List<Integer> weights, BigDecimal factor) {
        String[] ids = {"demand_supply_ratio", "vacancies", "unfilled_rate", "days_to_fill", "salary_premium", "difficulty"};
        StringBuilder w = new StringBuilder();
        for (int j = 0; j < ids.length; j++) {
            w.append(j == 0 ? "" : ", ").append('"').append(ids[j]).append("\": ")
                    .append(new BigDecimal(weights.get(j)).multiply(factor));
        }
        return CONFIG.replace("\"missing\"", "\"weighting\": {\"method\": \"FIXED\", \"weights\": {" + w + "}},\n \"missing\"");
    }

    @Property(tries = 60)
    void multiplyingEveryFixedWeightChangesNothing(@ForAll("rows") List<Row> rows,
            @ForAll("fixedWeights") List<Integer> weights, @ForAll @IntRange(min = 0, max = 9) int which) {
        BigDecimal factor = new BigDecimal(FACTORS.get(which));
        String data = csv(rows, BigDecimal.ONE);
        assertEquals(counted(outcome(data, fixed(weights, BigDecimal.ONE))), outcome(data, fixed(weights, factor)));
        mostlyScored();
    }

    @Provide
    Arbitrary<List<Integer>> fixedWeights() {
        return Arbitraries.integers().between(0, 1000).list().ofSize(6).filter(l -> l.stream().anyMatch(v -> v > 0));
    }

    /** Issue example: weights of 1/40 turned a ratio of 3.5 into 0.175 (the floor applied to Σw·applicants). */
    @Test
    void fortiethsGiveTheSameDemandSupplyRatio() {
        String rows = "E1,EMPLOYER,P1,4,1,0,,,,%s\nE2,EMPLOYER,P1,3,1,1,,,,%s\nE3,EMPLOYER,P2,1,2,1,,,,%s\n";
        IndicatorTable units = SurveyData.read(new StringReader(HEADER + rows.formatted(1, 1, 1)), "s.csv")
                .indicators(SurveyOptions.DEFAULT);
        IndicatorTable fortieths = SurveyData.read(new StringReader(HEADER + rows.formatted(0.025, 0.025, 0.025)), "s.csv")
                .indicators(SurveyOptions.DEFAULT);
        assertEquals(3.5, units.rows().get(0).values().get("demand_supply_ratio"));
        assertEquals(units, fortieths);
    }

    /** Issue example: uniform weights of 10³⁰⁸ were refused with "missing value … days_to_fill". */
    @Test
    void hugeUniformWeightsScoreLikeUnitWeights() {
        String rows = "E1,EMPLOYER,P1,4,1,0,30,150000,3,%1$s\nE2,HR_SERVICE_AGENCY,P2,3,5,1,60,220000,4,%1$s\n"
                + "E3,INDUSTRY_ASSOCIATION,P3,1,2,1,90,310000,2,%1$s\n";
        String config = "{\"indicators\": [{\"id\": \"demand_supply_ratio\"}, {\"id\": \"days_to_fill\"}]}";
        assertEquals(outcome(HEADER + rows.formatted("1"), config), outcome(HEADER + rows.formatted("1e308"), config));
    }

    /** Issue example: FIXED weights of 10³⁰⁸ summed to infinity, so every weight and score was 0. */
    @Test
    void hugeFixedWeightsNormaliseLikeSmallOnes() {
        Weights huge = Weighting.fixed(java.util.Map.of("a", 0.5e308, "b", 1.5e308))
                .weigh(new WeightingInput(List.of("a", "b"), new double[0][2], new double[0][2]));
        assertEquals(List.of(0.25, 0.75), huge.values());
    }
}
