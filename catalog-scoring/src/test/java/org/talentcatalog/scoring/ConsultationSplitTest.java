package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ShortageLevel;

/** Confident, targeted and confident off, from the bootstrap level probabilities. */
class ConsultationSplitTest {

    private static Map<String, Double> p(double very, double scarce, double generally, double none) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("VERY_SCARCE", very);
        m.put("SCARCE", scarce);
        m.put("GENERALLY_SCARCE", generally);
        m.put("NONE", none);
        return m;
    }

    private static PositionScore score(String id, ShortageLevel level, Map<String, Double> probabilities) {
        return new PositionScore(id, "", "", 0.5, 1, level, Map.of(), Map.of(), probabilities, null, null);
    }

    private static ScoringResult result(List<PositionScore> positions) {
        return new ScoringResult(Map.of(), null, "THRESHOLDS", List.of(), List.of(), positions, List.of(), List.of(), null);
    }

    @Test
    void theProbabilityOfTheLevelDecides() {
        ScoringResult r = result(List.of(
                score("A", ShortageLevel.VERY_SCARCE, p(0.95, 0.05, 0, 0)),
                score("B", ShortageLevel.SCARCE, p(0.3, 0.6, 0.1, 0)),
                score("C", ShortageLevel.GENERALLY_SCARCE, p(0, 0, 0.9, 0.1)),
                score("D", null, p(0, 0, 0.05, 0.95)),
                score("E", null, p(0, 0, 0.4, 0.6))));
        ConsultationSplit s = ConsultationSplit.of(r, 0.9).orElseThrow();
        assertEquals(List.of("A", "C"), s.confident(), "0.9 itself is confident");
        assertEquals(List.of("B", "E"), s.targeted());
        assertEquals(List.of("D"), s.confidentOff());
        assertEquals(List.of("A"), ConsultationSplit.of(r, 0.95).orElseThrow().confident());
        assertEquals("TARGETED", s.group("E").orElseThrow());
        assertEquals("CONFIDENT", s.group("A").orElseThrow());
        assertEquals("CONFIDENT_OFF", s.group("D").orElseThrow());
        assertTrue(s.group("Z").isEmpty(), "not a scored position");
        assertTrue(r.toJson(Locale.ROOT).contains("\"consultation\" : {\n    \"threshold\" : 0.9,\n    \"confident\" : [ \"A\", \"C\" ],"),
                r.toJson(Locale.ROOT));
    }

    @Test
    void withoutABootstrapThereIsNoSplit() {
        ScoringResult r = result(List.of(score("A", ShortageLevel.SCARCE, Map.of())));
        assertTrue(ConsultationSplit.of(r, 0.9).isEmpty());
        assertFalse(r.toJson(Locale.ROOT).contains("consultation"));
        assertThrows(IllegalArgumentException.class, () -> ConsultationSplit.of(r, 0));
        assertThrows(IllegalArgumentException.class, () -> ConsultationSplit.of(r, Math.nextUp(1.0)));
        assertThrows(IllegalArgumentException.class, () -> ConsultationSplit.of(r, Double.NaN));
    }

    @Test
    void aThresholdOfOneLeavesOnlyCertainLevelsConfident() {
        ScoringResult r = result(List.of(
                score("A", ShortageLevel.VERY_SCARCE, p(1, 0, 0, 0)),
                score("B", ShortageLevel.SCARCE, p(0.01, 0.99, 0, 0)),
                score("D", null, p(0, 0, 0, 1))));
        ConsultationSplit s = ConsultationSplit.of(r, 1).orElseThrow();
        assertEquals(List.of("A"), s.confident());
        assertEquals(List.of("B"), s.targeted());
        assertEquals(List.of("D"), s.confidentOff());
    }
}
