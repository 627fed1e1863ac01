package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;

/**
 * The scoring result's JSON (docs/scoring.md's output shape) holds every figure of the result, in
 * the documented members and order: compared with a tree built here from the result's record.
 */
class ResultJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The example configuration with fewer replicates and runs, and positions dropped for missing values. */
    private static ScoringResult example() throws Exception {
        String json = Files.readString(Path.of("../examples/data/scoring/ic-scoring-config.json"))
                .replace("\"bootstrap\": 200", "\"bootstrap\": 20").replace("\"runs\": 500", "\"runs\": 20")
                .replace("\"minRespondents\": 5,", "\"minRespondents\": 60, \"missing\": \"DROP_POSITION\",");
        ScoringConfig config = ScoringConfig.fromJson(json, "c.json");
        return ShortageScorer.of(config).score(SurveyData.read(Path.of("../examples/data/scoring/ic-survey-samples.csv")));
    }

    @Test
    void everyFigureOfASurveyScoringIsInItsMember() throws Exception {
        ScoringResult r = example();
        assertFalse(r.insufficientSample().isEmpty(), "the example has positions under sixty respondents");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            JsonNode actual = MAPPER.readTree(r.toJson(locale));
            assertEquals(expected(r, locale), actual, locale.toString());
            assertEquals(names(expected(r, locale)), names(actual), "member order");
        }
    }

    @Test
    void aSeedSourceWithoutRowsIsNamedInTheCoverage() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("../examples/data/scoring/ic-survey-samples.csv"))) {
            if (!line.contains(",HR_SERVICE_AGENCY,")) {
                csv.append(line).append('\n');
            }
        }
        ScoringConfig config = ScoringConfig.fromJson(Files.readString(Path.of("../examples/data/scoring/ic-scoring-config.json"))
                .replace("\"bootstrap\": 200", "\"bootstrap\": 20").replace("\"runs\": 500", "\"runs\": 20"), "c.json");
        ScoringResult r = ShortageScorer.of(config).score(SurveyData.read(new java.io.StringReader(csv.toString()), "s.csv"));
        assertEquals(List.of("HR_SERVICE_AGENCY"), r.coverage().missingSeedSources());
        JsonNode json = MAPPER.readTree(r.toJson(Locale.ENGLISH));
        assertEquals(expected(r, Locale.ENGLISH), json);
        assertEquals("HR_SERVICE_AGENCY", json.at("/coverage/missingSeedSources/0").asText());
    }

    @Test
    void aTableScoringHasNoConsistencyBreaksCoverageOrSplitAndNullsWhereNothingWasComputed() throws Exception {
        IndicatorTable table = IndicatorTable.readCsv(new java.io.StringReader(
                "position_id,position_name,industry,a,b\nP1,甲,IC,1,3\nP2,乙,IC,2,\nP3,丙,IC,3,1\nP4,丁,IC,4,2\n"), "t.csv");
        ScoringConfig config = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
                .indicator("b", IndicatorDirection.NEGATIVE).missingValues(MissingValues.DROP_POSITION).build();
        ScoringResult r = ShortageScorer.of(config).score(table);
        JsonNode json = MAPPER.readTree(r.toJson(Locale.ENGLISH));
        assertEquals(expected(r, Locale.ENGLISH), json);
        assertEquals(List.of("weights", "classification", "warnings", "positions", "insufficientSample", "excluded"),
                names(json));
        JsonNode first = json.at("/positions/0");
        assertTrue(first.get("levelProbabilities").isNull() && first.get("rankInterval").isNull()
                && first.get("respondents").isNull(), first.toString());
        assertEquals(List.of("method"), names(json.get("classification")));
        assertEquals("P2", json.at("/excluded/0/id").asText());
        assertFalse(json.at("/excluded/0").has("respondents"));
    }

    /** The result as the documented JSON, built member by member from the record. */
    private static ObjectNode expected(ScoringResult r, Locale locale) {
        boolean en = Locale.ENGLISH.equals(locale);
        ObjectNode o = F.objectNode();
        o.set("weights", numbers(r.weights()));
        if (r.consistency() != null) {
            ObjectNode c = o.putObject("consistency");
            c.put("lambdaMax", r.consistency().lambdaMax());
            c.put("ci", r.consistency().ci());
            c.put("cr", r.consistency().cr());
            c.put("randomIndex", r.consistency().randomIndex().name());
        }
        ObjectNode classification = o.putObject("classification");
        classification.put("method", r.classificationMethod());
        if (!r.breaks().isEmpty()) {
            ArrayNode breaks = classification.putArray("breaks");
            r.breaks().forEach(breaks::add);
        }
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(w -> warnings.add(w.text(locale)));
        ArrayNode positions = o.putArray("positions");
        for (PositionScore p : r.positions()) {
            ObjectNode n = positions.addObject();
            n.put("id", p.id());
            n.put("name", p.name());
            n.put("score", p.score());
            n.put("rank", p.rank());
            n.put("level", p.level() == null ? null : p.level().name());
            n.set("indicators", numbers(p.indicators()));
            n.set("contributions", numbers(p.contributions()));
            n.set("levelProbabilities", p.levelProbabilities().isEmpty() ? F.nullNode() : numbers(p.levelProbabilities()));
            n.set("rankInterval", p.rankInterval() == null ? F.nullNode()
                    : F.arrayNode().add(p.rankInterval().low()).add(p.rankInterval().high()));
            n.set("respondents", p.respondents() == null ? F.nullNode() : F.numberNode(p.respondents()));
        }
        o.set("insufficientSample", unscored(r.insufficientSample(), en));
        o.set("excluded", unscored(r.excluded(), en));
        if (r.coverage() != null) {
            ObjectNode c = o.putObject("coverage");
            c.set("respondentsByType", counts(r.coverage().respondentsByType()));
            c.set("respondentsByIndustry", counts(r.coverage().respondentsByIndustry()));
            c.set("respondentsByRegion", counts(r.coverage().respondentsByRegion()));
            ArrayNode under = c.putArray("positionsUnderMinimum");
            r.coverage().positionsUnderMinimum().forEach(under::add);
            ArrayNode missing = c.putArray("missingSeedSources");
            r.coverage().missingSeedSources().forEach(missing::add);
        }
        ConsultationSplit.of(r, ConsultationSplit.DEFAULT_THRESHOLD).ifPresent(s -> {
            ObjectNode c = o.putObject("consultation");
            c.put("threshold", s.threshold());
            ArrayNode on = c.putArray("confident");
            s.confident().forEach(on::add);
            ArrayNode targeted = c.putArray("targeted");
            s.targeted().forEach(targeted::add);
            ArrayNode off = c.putArray("confidentOff");
            s.confidentOff().forEach(off::add);
        });
        return o;
    }

    private static ArrayNode unscored(List<UnscoredPosition> list, boolean en) {
        ArrayNode out = F.arrayNode();
        for (UnscoredPosition u : list) {
            ObjectNode n = out.addObject();
            n.put("id", u.id());
            n.put("name", u.name());
            if (u.respondents() != null) {
                n.put("respondents", u.respondents());
            }
            n.put("reason", en ? u.reasonEn() : u.reasonZh());
        }
        return out;
    }

    private static ObjectNode numbers(Map<String, Double> map) {
        ObjectNode n = F.objectNode();
        map.forEach(n::put);
        return n;
    }

    private static ObjectNode counts(Map<String, Integer> map) {
        ObjectNode n = F.objectNode();
        map.forEach(n::put);
        return n;
    }

    static List<String> names(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
