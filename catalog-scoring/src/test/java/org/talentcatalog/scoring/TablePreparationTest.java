package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;

/**
 * How an indicator table is prepared for scoring: the configured indicators must be columns, each
 * missing-value policy does what docs/scoring.md says, and every refusal names its place. Scored with
 * no normalisation and one indicator, so a position's score is its (possibly imputed) value.
 */
class TablePreparationTest {

    private static ScoringConfig.Builder plain(MissingValues policy, String... indicators) {
        ScoringConfig.Builder b = ScoringConfig.builder().normalization(Normalization.none()).weighting(Weighting.equal())
                .missingValues(policy);
        for (String id : indicators) {
            b.indicator(id, IndicatorDirection.POSITIVE);
        }
        return b;
    }

    private static IndicatorTable table(String csv) {
        return IndicatorTable.readCsv(new StringReader(csv), "t.csv");
    }

    private static Map<String, Double> scores(ScoringResult r) {
        Map<String, Double> out = new java.util.TreeMap<>();
        r.positions().forEach(p -> out.put(p.id(), p.score()));
        return out;
    }

    @Test
    void aQuotedNameKeepsItsSpacesAndAnUnquotedOneIsStripped() {
        IndicatorTable t = table("position_id,position_name,industry,x\n"
                + "P1,\"  软件工程师 \",\" C39\",1\n"
                + "P2,  数据分析师 , I65 ,2\n");
        assertEquals("  软件工程师 ", t.rows().get(0).name());
        assertEquals(" C39", t.rows().get(0).industry());
        assertEquals("数据分析师", t.rows().get(1).name());
        assertEquals("I65", t.rows().get(1).industry());
    }

    @Test
    void anIndicatorThatIsNoColumnIsRefusedAtItsConfigMember() {
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.of(
                plain(MissingValues.ERROR, "x", "z").build()).score(table("position_id,x,y\nP1,1,2\nP2,3,4\n")));
        assertEquals("$.indicators[1].id", e.issue().cell());
        assertEquals("indicator z is not a column of t.csv (columns: x, y)", e.issue().text().en());
    }

    @Test
    void theColumnMeanReplacesAMissingValue() {
        // x: 1, (missing), 2, 6 → the mean of the values given, 3
        ScoringResult r = ShortageScorer.of(plain(MissingValues.COLUMN_MEAN, "x").build())
                .score(table("position_id,x,y\nP1,1,\nP2,,5\nP3,2,\nP4,6,\n"));
        assertEquals(Map.of("P1", 1.0, "P2", 3.0, "P3", 2.0, "P4", 6.0), scores(r));
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.of(
                plain(MissingValues.COLUMN_MEAN, "x", "y").build()).score(table("position_id,x,y\nP1,1,\nP2,2,\n")));
        assertEquals("$.indicators[1].id", e.issue().cell());
        assertEquals("indicator y has no value for any position", e.issue().text().en());
    }

    @Test
    void droppedPositionsAreListedInIdOrderWithTheIndicatorTheyLack() {
        ScoringResult r = ShortageScorer.of(plain(MissingValues.DROP_POSITION, "x", "y").build())
                .score(table("position_id,x,y\nP9,1,\nP1,1,2\nP5,,3\nP2,4,5\n"));
        assertEquals(List.of("P5", "P9"), r.excluded().stream().map(UnscoredPosition::id).toList());
        assertEquals(List.of("P1", "P2"), List.copyOf(scores(r).keySet()));
    }

    @Test
    void aMissingValueIsRefusedAtItsLineOrAtTheTableWhenItHasNoLines() {
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.of(
                plain(MissingValues.ERROR, "x").build()).score(table("position_id,x\nP1,1\nP2,\n")));
        assertEquals("t.csv:3", e.issue().cell());
        assertEquals("missing value: position P2, column x (line 3)", e.issue().text().en());
        IndicatorTable built = new IndicatorTable(List.of("x"), List.of(new PositionRow("P1", "", "", Map.of("x", 1.0), 0),
                new PositionRow("P2", "", "", Map.of(), 0)), "built");
        e = assertThrows(ScoringException.class, () -> ShortageScorer.of(plain(MissingValues.ERROR, "x").build()).score(built));
        assertEquals("built", e.issue().cell());
        assertEquals("missing value: position P2, column x", e.issue().text().en());
    }

    @Test
    void aValueBeyondTheRangeIsRefusedAtItsLine() {
        IndicatorTable built = new IndicatorTable(List.of("x"), List.of(new PositionRow("P1", "", "", Map.of("x", 1.0), 2),
                new PositionRow("P2", "", "", Map.of("x", 1e300), 3)), "built.csv");
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.of(plain(MissingValues.ERROR, "x").build())
                .score(built));
        assertEquals("built.csv:3", e.issue().cell());
        IndicatorTable unlined = new IndicatorTable(List.of("x"), List.of(new PositionRow("P1", "", "", Map.of("x", 1.0), 0),
                new PositionRow("P2", "", "", Map.of("x", -1e300), 0)), "built");
        e = assertThrows(ScoringException.class, () -> ShortageScorer.of(plain(MissingValues.ERROR, "x").build()).score(unlined));
        assertEquals("built", e.issue().cell());
        // the bound itself is accepted
        ScoringResult r = ShortageScorer.of(plain(MissingValues.ERROR, "x").build()).score(new IndicatorTable(List.of("x"),
                List.of(new PositionRow("P1", "", "", Map.of("x", 1e15), 2), new PositionRow("P2", "", "", Map.of("x", -1e15), 3)),
                "edge.csv"));
        assertEquals(Map.of("P1", 1e15, "P2", -1e15), scores(r));
    }

    @Test
    void positionsWithTooFewRespondentsAreNotScored() {
        ScoringResult r = ShortageScorer.of(plain(MissingValues.ERROR, "demand_supply_ratio").minRespondents(3).build())
                .score(ShortageScorerTest.survey());
        assertEquals(List.of("P4"), r.insufficientSample().stream().map(UnscoredPosition::id).toList());
        assertFalse(scores(r).containsKey("P4"));
        assertEquals(3, r.positions().size());
    }
}
