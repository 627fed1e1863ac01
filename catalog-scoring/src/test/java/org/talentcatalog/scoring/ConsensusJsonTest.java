package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The consensus JSON holds every figure of the result in its documented member, in both languages,
 * compared with a tree built here from the result; an expert who skipped an item is listed.
 */
class ConsensusJsonTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static ConsensusResult result(Double fullMark) {
        return ExpertConsensus.analyze(List.of(
                new ExpertRating("E1", "I1", 5), new ExpertRating("E1", "I2", 3), new ExpertRating("E1", "I3", 4),
                new ExpertRating("E2", "I1", 4), new ExpertRating("E2", "I2", 3), new ExpertRating("E2", "I3", 5),
                new ExpertRating("E3", "I1", 5), new ExpertRating("E3", "I2", 2), new ExpertRating("E3", "I3", 4),
                new ExpertRating("E4", "I1", 5), new ExpertRating("E4", "I3", 1)), fullMark);
    }

    @Test
    void everyFigureIsInItsMember() throws Exception {
        for (Double fullMark : new Double[] {null, 10.0}) {
            ConsensusResult r = result(fullMark);
            assertEquals(List.of("E4"), r.excludedExperts());
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
                JsonNode actual = new ObjectMapper().readTree(r.toJson(locale));
                assertEquals(expected(r, locale), actual, fullMark + " " + locale);
                assertEquals(ResultJsonTest.names(expected(r, locale)), ResultJsonTest.names(actual));
            }
        }
        // item I1: 5, 4, 5, 5 with the observed maximum 5 as the full mark
        JsonNode i1 = new ObjectMapper().readTree(result(null).toJson(null)).at("/itemStatistics/0");
        assertEquals("I1", i1.get("item").asText());
        assertEquals(4, i1.get("ratings").asInt());
        assertEquals(4.75, i1.get("mean").asDouble());
        assertEquals(0.75, i1.get("fullMarkRatio").asDouble());
        assertEquals("observed maximum", new ObjectMapper().readTree(result(null).toJson(null))
                .get("fullMarkSource").asText());
    }

    private static ObjectNode expected(ConsensusResult r, Locale locale) {
        ObjectNode o = F.objectNode();
        o.put("experts", r.experts());
        o.put("items", r.items());
        o.put("w", r.w());
        o.put("wCorrected", r.wCorrected());
        o.put("chiSquare", r.chiSquare());
        o.put("chiSquareUses", "wCorrected");
        o.put("df", r.df());
        o.put("pValue", r.pValue());
        o.put("fullMark", r.fullMark());
        o.put("fullMarkSource", r.fullMarkSource());
        o.put("blankHandling", Locale.ENGLISH.equals(locale) ? ConsensusResult.BLANK_HANDLING_EN
                : ConsensusResult.BLANK_HANDLING_ZH);
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(w -> warnings.add(w.text(locale)));
        ArrayNode excluded = o.putArray("excludedExperts");
        r.excludedExperts().forEach(excluded::add);
        ArrayNode items = o.putArray("itemStatistics");
        for (ItemStatistics s : r.itemStatistics()) {
            ObjectNode n = items.addObject();
            n.put("item", s.itemId());
            n.put("ratings", s.ratings());
            n.put("mean", s.mean());
            n.put("sd", s.sd());
            n.put("cv", s.cv());
            n.put("fullMarkRatio", s.fullMarkRatio());
            n.put("meanRank", s.meanRank());
        }
        return o;
    }
}
