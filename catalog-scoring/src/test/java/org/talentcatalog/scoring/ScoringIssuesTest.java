package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Severity;

/**
 * Scoring's errors speak the one problem vocabulary: each carries an issue whose id and layer tell
 * a file that does not parse from bad data, a bad configuration and a method undefined on the data,
 * with the place in its cell and the same one-line description as before.
 */
class ScoringIssuesTest {

    private static void assertIssue(ScoringException e, Layer layer, String rule, String place) {
        assertEquals(Severity.ERROR, e.issue().severity());
        assertEquals(layer, e.issue().layer(), e::getMessage);
        assertEquals(rule, e.issue().rule(), e::getMessage);
        assertEquals(place, e.issue().cell());
        assertNull(e.issue().pointer());
        assertNull(e.issue().line(), "the place is the file's, in the cell");
        assertFalse(e.issue().unreadable());
        assertEquals(place + ": " + e.issue().text().zh(), e.getMessage());
        assertEquals(place + ": " + e.issue().text().en(), e.describe(Locale.ENGLISH));
    }

    @Test
    void aCsvFileThatDoesNotParseIsAReadError() {
        assertIssue(assertThrows(ScoringException.class, () -> IndicatorTable.readCsv(new StringReader(
                "position_id,x\nP1,\"1\nP2,2\n"), "t.csv")), Layer.READ, "read:syntax", "t.csv:2:4");
    }

    @Test
    void aConfigurationThatDoesNotParseIsAReadError() {
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson("{\"indicators\": [", "c.json"));
        assertEquals(Layer.READ, e.issue().layer());
        assertEquals("read:syntax", e.issue().rule());
    }

    @Test
    void badDataIsAnInputError() {
        assertIssue(assertThrows(ScoringException.class, () -> IndicatorTable.readCsv(new StringReader(
                "position_id,x\nP1,abc\n"), "t.csv")), Layer.SCORING, "scoring:input", "t.csv:2:4");
    }

    @Test
    void aBadMemberIsAConfigurationError() {
        assertIssue(assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{\"indicators\": [{\"id\": \"x\"}], \"weighting\": {\"method\": \"EQUAL\", \"bogus\": 1}}", "c.json")),
                Layer.SCORING, "scoring:config", "$.weighting.bogus");
    }

    @Test
    void aMethodUndefinedOnTheDataIsAMethodError() {
        double[][] negative = {{1, 2}, {-1, 3}};
        assertIssue(assertThrows(ScoringException.class, () -> Weighting.entropy(false).weigh(
                WeightingMethodsTest.input(List.of("a", "b"), negative, negative))),
                Layer.SCORING, "scoring:method", "$.indicators.a");
    }
}
