package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ShortageLevel;

class ShortageScorerTest {

    static final String SURVEY = "\uFEFFrespondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n"
            + "E1,EMPLOYER,P1,\"设计工程师\",IC,上海,10,2,3,90,400000,5,1\n"
            + "E2,EMPLOYER,P1,设计工程师,IC,上海,6,3,2,80,360000,4,2\n"
            + "A1,INDUSTRY_ASSOCIATION,P1,设计工程师,IC,北京,4,0,1,70,380000,4,1\n"
            + "E1,EMPLOYER,P2,工艺工程师,IC,上海,5,5,4,40,200000,3,1\n"
            + "H1,HR_SERVICE_AGENCY,P2,工艺工程师,IC,无锡,3,6,3,30,180000,2,1\n"
            + "E2,EMPLOYER,P2,工艺工程师,IC,上海,2,4,2,35,190000,2,1\n"
            + "H1,HR_SERVICE_AGENCY,P3,测试工程师,IC,无锡,2,8,2,20,150000,1,1\n"
            + "E1,EMPLOYER,P3,测试工程师,IC,上海,1,9,1,25,160000,2,1\n"
            + "A1,INDUSTRY_ASSOCIATION,P3,测试工程师,IC,北京,1,5,1,,,,1\n"
            + "E3,EMPLOYER,P4,封装工程师,IC,苏州,3,1,0,60,220000,4,1\n";

    static SurveyData survey() {
        return SurveyData.read(new StringReader(SURVEY), "samples.csv");
    }

    @Test
    void aggregatesWeightedIndicatorsPerPosition() {
        IndicatorTable t = survey().indicators(SurveyOptions.DEFAULT);
        PositionRow p1 = t.rows().get(0);
        assertEquals("P1", p1.id());
        // Σw·vac = 10 + 12 + 4 = 26, Σw·app = 2 + 6 + 0 = 8, Σw·hires = 3 + 4 + 1 = 8
        assertEquals(26.0 / 8, p1.values().get("demand_supply_ratio"), 1e-15);
        assertEquals(1 - 8.0 / 26, p1.values().get("unfilled_rate"), 1e-15);
        assertEquals((90 + 160 + 70) / 4.0, p1.values().get("days_to_fill"), 1e-15);
        assertEquals(3.0, p1.values().get("respondents"));
        // overall: 9 salary rows, total weight 10; the cumulative weight reaches exactly 5 at 200000,
        // so the median is (200000 + 220000)/2 = 210000. P1: 360000 (w 2), 380000, 400000 (w 1 each);
        // exactly half at 360000 → (360000 + 380000)/2 = 370000.
        assertEquals(370000.0 / 210000, p1.values().get("salary_premium"), 1e-15);
    }

    @Test
    void zeroApplicantsUseTheFloorByDefaultOrBecomeMissing() {
        SurveyData data = SurveyData.read(new StringReader(
                "respondent_id,respondent_type,position_id,vacancies,applicants,hires\nE,EMPLOYER,P,4,0,0\n"), "s.csv");
        assertEquals(4.0, data.indicators(SurveyOptions.DEFAULT).rows().get(0).values().get("demand_supply_ratio"));
        assertTrue(!data.indicators(new SurveyOptions(SurveyOptions.ZeroApplicants.MISSING, 1))
                .rows().get(0).values().containsKey("demand_supply_ratio"));
    }

    @Test
    void coverageCountsRespondentsAndNamesMissingSeedSources() {
        Coverage c = survey().coverage(3);
        assertEquals(3, c.respondentsByType().get("EMPLOYER"));
        assertEquals(0, c.respondentsByType().get("RESEARCH_INSTITUTE"));
        assertEquals(2, c.respondentsByRegion().get("上海"));
        assertEquals(java.util.List.of("P4"), c.positionsUnderMinimum());
        assertTrue(c.missingSeedSources().isEmpty());
    }

    @Test
    void badCellsAreReportedWithLineAndColumn() {
        ScoringException e = assertThrows(ScoringException.class, () -> SurveyData.read(new StringReader(
                "respondent_id,respondent_type,position_id,vacancies,applicants,hires\nE,EMPLOYER,P,4,-1,0\n"), "s.csv"));
        assertEquals("s.csv:2:16", e.issue().cell());
        e = assertThrows(ScoringException.class, () -> SurveyData.read(new StringReader(
                "respondent_id,respondent_type,position_id,vacancies,applicants\n"), "s.csv"));
        assertTrue(e.issue().text().en().contains("hires"));
        e = assertThrows(ScoringException.class, () -> IndicatorTable.readCsv(new StringReader(
                "position_id,x\nP1,\"1\nP2,2\n"), "t.csv"));
        assertEquals("t.csv:2:4", e.issue().cell());
        e = assertThrows(ScoringException.class, () -> IndicatorTable.readCsv(new StringReader(
                "position_id,x\nP1,abc\n"), "t.csv"));
        assertEquals("t.csv:2:4", e.issue().cell());
    }

    @Test
    void missingIndicatorCellIsAnErrorNamingRowAndColumnByDefault() {
        IndicatorTable t = IndicatorTable.readCsv(new StringReader("position_id,x,y\nP1,1,2\nP2,,3\nP3,2,4\n"), "t.csv");
        ScoringConfig config = ScoringConfig.builder().indicator("x", org.talentcatalog.model.IndicatorDirection.POSITIVE)
                .indicator("y", org.talentcatalog.model.IndicatorDirection.POSITIVE).build();
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.of(config).score(t));
        assertEquals("t.csv:3", e.issue().cell());
        assertTrue(e.issue().text().en().contains("column x"));
        ScoringResult dropped = ShortageScorer.of(ScoringConfig.builder()
                .indicator("x", org.talentcatalog.model.IndicatorDirection.POSITIVE)
                .missingValues(MissingValues.DROP_POSITION).build()).score(t);
        assertEquals("P2", dropped.excluded().get(0).id());
    }

    @Test
    void scoresSurveyFromJsonConfigWithBootstrapAndSensitivityInTheDocumentedShape() throws Exception {
        ScoringConfig config = ScoringConfig.fromJson("""
                {"indicators": [{"id": "demand_supply_ratio", "direction": "POSITIVE"},
                                {"id": "days_to_fill", "direction": "POSITIVE"}],
                 "normalization": {"method": "MIN_MAX"},
                 "weighting": {"method": "AHP", "pairwise": [[1, 3], [0.3333333, 1]], "randomIndex": "SAATY_CLASSIC"},
                 "aggregation": {"method": "WEIGHTED_SUM"},
                 "classification": {"method": "THRESHOLDS", "VERY_SCARCE": 0.7, "SCARCE": 0.45, "GENERALLY_SCARCE": 0.2},
                 "minRespondents": 3,
                 "uncertainty": {"bootstrap": 200, "seed": 42},
                 "sensitivity": {"runs": 200, "weightNoise": 0.2, "seed": 7}}""", "config.json");
        ScoringResult r = ShortageScorer.of(config).score(survey());
        assertEquals(0.75, r.weights().get("demand_supply_ratio"), 1e-6);
        assertEquals("P1", r.positions().get(0).id());
        assertEquals(ShortageLevel.VERY_SCARCE, r.positions().get(0).level());
        assertEquals(1.0, r.positions().get(0).score(), 1e-12);
        assertEquals("P4", r.insufficientSample().get(0).id());
        double total = r.positions().get(0).levelProbabilities().values().stream().mapToDouble(d -> d).sum();
        assertEquals(1.0, total, 1e-12);
        assertTrue(r.positions().get(0).levelConfidence().isPresent());
        JsonNode json = new ObjectMapper().readTree(r.toJson(Locale.ENGLISH));
        assertEquals(2.0, json.at("/consistency/lambdaMax").asDouble(), 1e-6);
        assertEquals("THRESHOLDS", json.at("/classification/method").asText());
        assertEquals("P1", json.at("/positions/0/id").asText());
        assertEquals(1, json.at("/positions/0/rank").asInt());
        assertEquals(2, json.at("/positions/0/rankInterval").size());
        assertEquals(3, json.at("/positions/0/respondents").asInt());
        assertTrue(json.at("/positions/2/level").isNull());
        assertEquals("P4", json.at("/insufficientSample/0/id").asText());
    }

    @Test
    void configErrorsNameTheJsonMember() {
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{\"indicators\": [{\"id\": \"x\"}], \"weighting\": {\"method\": \"EQUAL\", \"bogus\": 1}}", "c.json"));
        assertEquals("$.weighting.bogus", e.issue().cell());
        e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{\"indicators\": [{\"id\": \"x\", \"direction\": \"UP\"}]}", "c.json"));
        assertEquals("$.indicators[0].direction", e.issue().cell());
        e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(
                "{\"indicators\": [{\"id\": \"x\"}], \"classification\": {\"method\": \"JENKS\", \"classes\": 5}}", "c.json"));
        assertEquals("$.classification.classes", e.issue().cell());
    }
}
