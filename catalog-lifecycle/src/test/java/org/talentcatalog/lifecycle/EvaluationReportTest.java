package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.SurveyData;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * The evaluation's JSON and Markdown report on the two waves of {@link EvaluationTest}, every figure
 * worked out by hand there: P1 and P2 listed (P6 listed too, in neither wave, here without a level),
 * P3, P4 and P5 unlisted.
 */
class EvaluationReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The back-test of {@link BackTestTest}: κ = 11/26, ρ = 0.5. */
    private static final BackTest BACK_TEST = new BackTest(11.0 / 26, 0.5, 5, 3, List.of("A", "B", "E"), List.of("D"),
            List.of("C"));

    private static EffectEvaluation evaluate(Catalog catalog, int replicates) {
        return Evaluation.evaluate(catalog, SurveyData.read(new StringReader(EvaluationTest.BEFORE), "before.csv"),
                SurveyData.read(new StringReader(EvaluationTest.AFTER), "after.csv"),
                new Evaluation.Options(replicates, 42, 0.95, SurveyOptions.DEFAULT));
    }

    /** P1 very scarce, P2 scarce, P6 listed without a level. */
    private static Catalog withUnlevelled() {
        return Fixtures.draft().withPositions(List.of(
                Fixtures.position("P1", "甲", ShortageLevel.VERY_SCARCE, 0.9),
                Fixtures.position("P2", "乙", ShortageLevel.SCARCE, 0.6),
                Fixtures.position("P6", "己", null, 0)));
    }

    @Test
    void theJsonCarriesEveryFigureOfTheEvaluation() throws Exception {
        EffectEvaluation e = evaluate(EvaluationTest.catalog(), 2000);
        String text = Evaluation.json(e, null);
        assertTrue(text.endsWith("}\n"));
        assertEquals(text, e.toJson());
        JsonNode root = JSON.readTree(text);
        assertFalse(root.has("backTest"));
        JsonNode p1 = root.get("positions").get(0);
        assertEquals("P1", p1.get("id").textValue());
        assertTrue(p1.get("listed").booleanValue());
        assertEquals("VERY_SCARCE", p1.get("level").textValue());
        assertEquals(4.0, p1.get("before").get("vacancies").doubleValue());
        assertEquals(2.0, p1.get("after").get("vacancies").doubleValue());
        assertEquals(-2.0, p1.get("change").get("vacancies").doubleValue());
        assertEquals(-0.75, p1.get("change").get("unfilled_rate").doubleValue());
        JsonNode p5 = root.get("positions").get(5);
        assertEquals("P5", p5.get("id").textValue());
        assertFalse(p5.get("listed").booleanValue());
        assertTrue(p5.get("level").isNull());
        assertEquals(0, p5.get("before").size());
        assertEquals(9.0, p5.get("after").get("demand_supply_ratio").doubleValue());
        assertEquals(0, p5.get("change").size());
        JsonNode listed = root.get("groups").get("listed");
        assertEquals(2, listed.get("positions").intValue());
        assertEquals(-10.0, listed.get("meanChange").get("days_to_fill").doubleValue());
        JsonNode unlisted = root.get("groups").get("unlisted");
        assertEquals(2, unlisted.get("positions").intValue());
        assertEquals(0.5, unlisted.get("meanChange").get("demand_supply_ratio").doubleValue());
        assertEquals(-1.125, root.get("differenceInDifferences").get("unfilled_rate").doubleValue());
        assertEquals(-2.0, root.get("differenceInDifferences").get("difficulty").doubleValue());
        assertEquals(List.of(-1.25, -1.0), numbers(root.get("intervals").get("unfilled_rate")));
        assertEquals(List.of(-20.0, -20.0), numbers(root.get("intervals").get("days_to_fill")));
        assertEquals(0, JSON.readTree(Evaluation.json(evaluate(EvaluationTest.catalog(), 0), null)).get("intervals").size());
    }

    @Test
    void theJsonCarriesTheBackTestWhenOneIsGiven() throws Exception {
        JsonNode b = JSON.readTree(Evaluation.json(evaluate(EvaluationTest.catalog(), 0), BACK_TEST)).get("backTest");
        assertEquals(11.0 / 26, b.get("kappa").doubleValue());
        assertEquals(0.5, b.get("spearman").doubleValue());
        assertEquals(5, b.get("positions").intValue());
        assertEquals(3, b.get("scored").intValue());
        assertEquals(List.of("A", "B", "E"), strings(b.get("stayed")));
        assertEquals(List.of("D"), strings(b.get("entered")));
        assertEquals(List.of("C"), strings(b.get("left")));
        JsonNode undefined = JSON.readTree(Evaluation.json(evaluate(EvaluationTest.catalog(), 0),
                new BackTest(null, null, 1, 1, List.of("A"), List.of(), List.of()))).get("backTest");
        assertTrue(undefined.get("kappa").isNull());
        assertTrue(undefined.get("spearman").isNull());
        assertEquals(0, undefined.get("entered").size());
    }

    @Test
    void theMarkdownReportsTheDifferenceInDifferencesWithItsInterval() {
        String md = Evaluation.markdown(evaluate(EvaluationTest.catalog(), 2000), null, "IC", Locale.ENGLISH);
        assertTrue(md.startsWith("# IC: evaluation of its effect\n\n2 listed positions and 2 unlisted positions"), md);
        assertTrue(md.contains("| days to fill | -10 | 10 | -20 | [-20, -20] |\n"), md);
        assertTrue(md.contains("| unfilled rate | -0.625 | 0.5 | -1.125 | [-1.25, -1] |\n"), md);
        assertTrue(md.contains("| salary premium | — | — | — | — |\n"), md);
        assertFalse(md.contains("## Back-test"), md);
        String without = Evaluation.markdown(evaluate(EvaluationTest.catalog(), 0), null, "IC", Locale.ENGLISH);
        assertTrue(without.contains("| vacancies | -2.5 | 0.5 | -3 | — |\n"), without);
    }

    @Test
    void theMarkdownHasAChartReadyTablePerLevelOverThePositionsInBothWaves() {
        String md = Evaluation.markdown(evaluate(withUnlevelled(), 0), null, "IC", Locale.ENGLISH);
        int veryScarce = md.indexOf("### " + ShortageLevel.VERY_SCARCE.label(Locale.ENGLISH) + "\n\n1 positions, 1 of them in both waves.");
        int scarce = md.indexOf("### " + ShortageLevel.SCARCE.label(Locale.ENGLISH) + "\n\n1 positions, 1 of them in both waves.");
        int unlevelled = md.indexOf("### listed, without a level\n\n1 positions, 0 of them in both waves.");
        int unlisted = md.indexOf("### unlisted (comparison group)\n\n3 positions, 2 of them in both waves.");
        assertTrue(0 < veryScarce && veryScarce < scarce && scarce < unlevelled && unlevelled < unlisted, md);
        assertFalse(md.contains("### " + ShortageLevel.GENERALLY_SCARCE.label(Locale.ENGLISH)), "no position at that level");
        // P1: demand–supply ratio 2 → 1, vacancies 4 → 2; P2: vacancies 6 → 3; no salaries in either wave
        assertTrue(between(md, veryScarce, scarce).contains(
                "| demand–supply ratio | 1 | 2 | 1 | -1 |\n| vacancies | 1 | 4 | 2 | -2 |\n"), md);
        assertTrue(between(md, scarce, unlevelled).contains("| vacancies | 1 | 6 | 3 | -3 |\n"), md);
        assertTrue(between(md, unlevelled, unlisted).contains("| vacancies | 0 | — | — | — |\n"), md);
        // P3 and P4 (P5 is only in the second wave): days to fill 10 → 20 and 20 → 30, ratio 1 → 2 and 1 → 1
        String comparison = md.substring(unlisted);
        assertTrue(comparison.contains("| days to fill | 2 | 15 | 25 | 10 |\n"), comparison);
        assertTrue(comparison.contains("| demand–supply ratio | 2 | 1 | 1.5 | 0.5 |\n"), comparison);
        assertTrue(comparison.contains("| salary premium | 0 | — | — | — |\n"), comparison);
    }

    @Test
    void theMarkdownEndsWithTheBackTestRoundedToFourDecimals() {
        String md = Evaluation.markdown(evaluate(EvaluationTest.catalog(), 0), BACK_TEST, "IC", Locale.ENGLISH);
        assertTrue(md.endsWith("## Back-test against the next edition\n\nQuadratic-weighted kappa of the levels: 0.4231 "
                + "(5 positions, unlisted counted as NONE); Spearman rank correlation of the scores: 0.5 (3 positions "
                + "scored in both editions).\n\n- stayed: A, B, E\n- entered: D\n- left: C\n"), md);
        String undefined = Evaluation.markdown(evaluate(EvaluationTest.catalog(), 0),
                new BackTest(null, null, 1, 1, List.of("A"), List.of(), List.of()), "IC", Locale.ENGLISH);
        assertTrue(undefined.endsWith("levels: — (1 positions, unlisted counted as NONE); Spearman rank correlation of the "
                + "scores: — (1 positions scored in both editions).\n\n- stayed: A\n- entered: —\n- left: —\n"), undefined);
    }

    @Test
    void theMarkdownIsInChineseByDefault() {
        String md = Evaluation.markdown(evaluate(EvaluationTest.catalog(), 0), null, "集成电路目录", null);
        assertTrue(md.startsWith("# 集成电路目录：实施效果评估\n\n"), md);
        assertTrue(md.contains("| 平均招聘周期（天） | -10 | 10 | -20 | — |\n"), md);
    }

    private static String between(String text, int from, int to) {
        return text.substring(from, to);
    }

    private static List<Double> numbers(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::doubleValue).toList();
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::textValue).toList();
    }
}
