package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.SurveyData;
import org.talentcatalog.scoring.SurveyOptions;

/** {@code catalog aggregate}: the survey aggregation alone, as JSON or as an indicator table. */
class AggregateCommandTest {

    private static final Path DATA = Path.of("../examples/data/scoring");
    private static final Path SAMPLES = DATA.resolve("ic-survey-samples.csv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n";

    @TempDir
    Path dir;

    @Test
    void jsonListsPositionsInIdOrderWithTheScorersIndicators() throws Exception {
        Run r = run("aggregate", SAMPLES.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        List<String> members = new ArrayList<>();
        root.fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("positions", "warnings"), members);
        IndicatorTable expected = SurveyData.read(SAMPLES).indicators(SurveyOptions.DEFAULT);
        JsonNode positions = root.get("positions");
        assertEquals(expected.rows().size(), positions.size());
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            PositionRow row = expected.rows().get(i);
            assertEquals(row.id(), p.get("id").asText());
            assertEquals(row.name(), p.get("name").asText());
            assertEquals(row.values().get("respondents").intValue(), p.get("respondents").asInt());
            for (String k : List.of("demand_supply_ratio", "vacancies", "unfilled_rate", "days_to_fill",
                    "salary_premium", "difficulty")) {
                assertEquals(row.values().get(k), p.get("indicators").get(k).doubleValue(), row.id() + " " + k);
            }
            assertTrue(p.get("indicators").has("applicants") && p.get("indicators").has("hires"));
            int bySource = 0;
            for (JsonNode n : p.get("sources")) {
                bySource += n.asInt();
            }
            assertTrue(bySource >= p.get("respondents").asInt());
        }
    }

    @Test
    void csvIsAnIndicatorTableTheScorerReadsWithTheSameValues() throws Exception {
        Run json = run("aggregate", SAMPLES.toString());
        Run csv = run("aggregate", SAMPLES.toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        Path table = dir.resolve("indicators.csv");
        Files.writeString(table, csv.out(), StandardCharsets.UTF_8);
        IndicatorTable read = IndicatorTable.readCsv(table);
        JsonNode positions = JSON.readTree(json.out()).get("positions");
        assertEquals(positions.size(), read.rows().size());
        for (int i = 0; i < positions.size(); i++) {
            PositionRow row = read.rows().get(i);
            positions.get(i).get("indicators").fields().forEachRemaining(e ->
                    assertEquals(e.getValue().doubleValue(), row.values().get(e.getKey()), row.id() + " " + e.getKey()));
        }
        Run scored = run("score", table.toString(), "--config", DATA.resolve("ic-scoring-config.json").toString(),
                "--format", "json");
        assertEquals(0, scored.code(), scored.err());
    }

    @Test
    void gb18030SamplesGiveTheSameOutputAsUtf8() throws Exception {
        Path gb = dir.resolve("gb.csv");
        Files.writeString(gb, Files.readString(SAMPLES, StandardCharsets.UTF_8), TextEncoding.GB18030);
        assertEquals(run("aggregate", SAMPLES.toString()).out(), run("aggregate", gb.toString()).out());
        assertEquals(run("aggregate", SAMPLES.toString(), "--threads", "1").out(), run("aggregate", gb.toString(), "--threads", "3").out());
    }

    @Test
    void freeTextTitleRowsAreCountedInAWarning() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, HEADER + "E1,EMPLOYER,P1,芯片工程师,集成电路,浦东,2,3,1,,,,\n"
                + "E2,EMPLOYER,,芯片测试员,集成电路,浦东,5,1,0,,,,\n");
        Run r = run("aggregate", f.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        JsonNode warnings = JSON.readTree(r.out()).get("warnings");
        assertTrue(warnings.get(0).asText().startsWith("1 rows give only a free-text title"), warnings.toString());
        Run csv = run("aggregate", f.toString(), "--format", "csv");
        assertTrue(csv.err().contains("1 行只给出自由文本岗位名称"), csv.err());
    }

    @Test
    void aCatalogNamesPositionsAndTellsWhatIsOnOneSideOnly() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, HEADER + "E1,EMPLOYER,IC-001,旧名称,集成电路,浦东,2,3,1,,,,\n"
                + "E1,EMPLOYER,ZZ-9,不在目录,集成电路,浦东,2,3,1,,,,\n");
        Run r = run("aggregate", f.toString(), "--catalog", DATA.resolve("ic-catalog-template.json").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertFalse(root.get("positions").get(0).get("name").asText().equals("旧名称"));
        String warnings = root.get("warnings").toString();
        assertTrue(warnings.contains("调研中的岗位 ZZ-9 不在目录中"), warnings);
        assertTrue(warnings.contains("目录中的岗位 IC-002"), warnings);
    }

    @Test
    void badInputIsOneLocatedLineAndExitTwo() throws Exception {
        Path f = dir.resolve("bad.csv");
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            text.append("E").append(i % 9).append(",EMPLOYER,P").append(i % 4).append(",岗位,,,1,2,1,,,,\n");
        }
        text.append("E1,EMPLOYER,P1,岗位,,,1,两个,1,,,,\n");
        Files.writeString(f, text);
        Run r = run("aggregate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("catalog aggregate: bad.csv:3002:"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(2, run("aggregate", dir.resolve("missing.csv").toString()).code());
        Run zero = run("aggregate", SAMPLES.toString(), "--threads", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--threads"), zero.err());
    }

    @Test
    void sourcesCoverEveryRespondentType() throws Exception {
        JsonNode p = JSON.readTree(run("aggregate", SAMPLES.toString()).out()).get("positions").get(0);
        List<String> types = new ArrayList<>();
        p.get("sources").fieldNames().forEachRemaining(types::add);
        List<String> expected = new ArrayList<>();
        for (org.talentcatalog.model.RespondentType t : org.talentcatalog.model.RespondentType.values()) {
            expected.add(t.code());
        }
        assertEquals(expected, types);
    }
}
