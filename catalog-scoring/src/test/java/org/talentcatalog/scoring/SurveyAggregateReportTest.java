package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.RespondentType;

/**
 * What {@code catalog aggregate} reports: names taken from the catalog, the warnings in their order,
 * the JSON members and the indicator-table CSV, figures worked by hand from two positions.
 */
class SurveyAggregateReportTest {

    /**
     * P2 from an employer (3 vacancies, 2 applicants, 1 hire, 30 days, a salary of 200,000,
     * difficulty 4) and P1 from an association (1 vacancy, nobody applied or was hired); two rows
     * with only a title.
     */
    private static SurveyAggregate aggregate() {
        return new SurveyAggregate()
                .add(new SurveySample("E1", RespondentType.EMPLOYER, "P2", "芯片工程师", "集成电路,设计", "浦东",
                        3, 2, 1, 30.0, 200_000.0, 4.0, 1))
                .add(new SurveySample("A1", RespondentType.INDUSTRY_ASSOCIATION, "P1", "测试员 \"甲\"", "", "",
                        1, 0, 0, null, null, null, 1))
                .countTitleOnlyRow()
                .countTitleOnlyRow();
    }

    private static Map<String, String> catalog() {
        Map<String, String> catalog = new LinkedHashMap<>();
        catalog.put("P2", "集成电路设计工程师");
        catalog.put("P3", "封装工程师");
        return catalog;
    }

    @Test
    void positionsComeInIdOrderWithTheCatalogsNamesAndHandWorkedIndicators() {
        SurveyAggregateReport r = SurveyAggregateReport.of(aggregate(), SurveyOptions.DEFAULT, 1, catalog());
        assertEquals(List.of("P1", "P2"), r.positions().stream().map(AggregatedPosition::id).toList());
        AggregatedPosition p1 = r.positions().get(0);
        AggregatedPosition p2 = r.positions().get(1);
        assertEquals("测试员 \"甲\"", p1.name(), "not in the catalog: the survey's name");
        assertEquals("集成电路设计工程师", p2.name());
        assertEquals("集成电路,设计", p2.industry());
        Map<String, Double> expected1 = new LinkedHashMap<>();
        expected1.put("demand_supply_ratio", 1.0); // 1 vacancy over the floor of one applicant
        expected1.put("vacancies", 1.0);
        expected1.put("applicants", 0.0);
        expected1.put("hires", 0.0);
        expected1.put("unfilled_rate", 1.0);
        assertEquals(expected1, p1.indicators());
        Map<String, Double> expected2 = new LinkedHashMap<>();
        expected2.put("demand_supply_ratio", 1.5);
        expected2.put("vacancies", 3.0);
        expected2.put("applicants", 2.0);
        expected2.put("hires", 1.0);
        expected2.put("unfilled_rate", 1 - 1.0 / 3);
        expected2.put("days_to_fill", 30.0);
        expected2.put("salary_premium", 1.0);
        expected2.put("difficulty", 4.0);
        assertEquals(expected2, p2.indicators());
        assertEquals(List.copyOf(expected2.keySet()), List.copyOf(p2.indicators().keySet()), "output order");
        assertEquals(1, p2.respondents());
        assertEquals(Map.of("EMPLOYER", 0, "INDUSTRY_ASSOCIATION", 1, "HR_SERVICE_AGENCY", 0,
                "RESEARCH_INSTITUTE", 0, "THIRD_PARTY_DATA", 0), p1.sources());
    }

    @Test
    void warningsComeInTheirOrderEachOnce() {
        SurveyAggregateReport r = SurveyAggregateReport.of(aggregate(), SurveyOptions.DEFAULT, 2, catalog());
        assertEquals(List.of("TITLE_ONLY_ROWS", "FEW_RESPONDENTS", "FEW_RESPONDENTS", "MISSING_SEED_SOURCES",
                "NOT_IN_CATALOG", "NO_SAMPLES"), r.warnings().stream().map(ScoringWarning::code).toList());
        assertEquals(List.of(
                "2 rows give only a free-text title (position_name) without a position_id: counted, not aggregated"
                        + " (coding titles to catalog positions is not implemented yet)",
                "position P1: 1 respondents, fewer than 2",
                "position P2: 1 respondents, fewer than 2",
                "the survey has no rows from: HR_SERVICE_AGENCY",
                "the survey's position P1 is not in the catalog",
                "the catalog's position P3 (封装工程师) has no survey samples"),
                r.warnings().stream().map(w -> w.text(Locale.ENGLISH)).toList());
        assertEquals("目录中的岗位 P3（封装工程师）没有调研样本", r.warnings().get(5).text(null));
    }

    @Test
    void aPositionWithAsManyRespondentsAsTheMinimumAndNoCatalogGiveNoWarning() {
        SurveyAggregate a = new SurveyAggregate()
                .add(new SurveySample("E1", RespondentType.EMPLOYER, "P1", "测试员", "", "", 1, 1, 1, null, null,
                        null, 1))
                .add(new SurveySample("A1", RespondentType.INDUSTRY_ASSOCIATION, "P1", "测试员", "", "", 1, 1, 1, null,
                        null, null, 1))
                .add(new SurveySample("H1", RespondentType.HR_SERVICE_AGENCY, "P1", "测试员", "", "", 1, 1, 1, null,
                        null, null, 1));
        SurveyAggregateReport r = SurveyAggregateReport.of(a, SurveyOptions.DEFAULT, 3, null);
        assertEquals(List.of(), r.warnings());
        assertEquals("测试员", r.positions().get(0).name());
        assertEquals(List.of("FEW_RESPONDENTS"), SurveyAggregateReport.of(a, SurveyOptions.DEFAULT, 4, null)
                .warnings().stream().map(ScoringWarning::code).toList());
    }

    @Test
    void jsonHasEveryMemberAndTheWarningsInTheReadersLanguage() throws Exception {
        SurveyAggregateReport r = SurveyAggregateReport.of(aggregate(), SurveyOptions.DEFAULT, 1, catalog());
        String text = r.json(Locale.ENGLISH);
        assertTrue(text.endsWith("}\n"), text);
        JsonNode json = new ObjectMapper().readTree(text);
        JsonNode p2 = json.at("/positions/1");
        assertEquals("P2", p2.get("id").asText());
        assertEquals("集成电路设计工程师", p2.get("name").asText());
        assertEquals(1, p2.get("respondents").asInt());
        assertEquals(List.of("demand_supply_ratio", "vacancies", "applicants", "hires", "unfilled_rate",
                "days_to_fill", "salary_premium", "difficulty"), names(p2.get("indicators")));
        assertEquals(1.5, p2.at("/indicators/demand_supply_ratio").asDouble());
        assertEquals(1 - 1.0 / 3, p2.at("/indicators/unfilled_rate").asDouble());
        assertEquals(1, p2.at("/sources/EMPLOYER").asInt());
        assertEquals(0, p2.at("/sources/INDUSTRY_ASSOCIATION").asInt());
        assertEquals(5, p2.get("sources").size());
        assertFalse(json.at("/positions/0/indicators").has("days_to_fill"), "no data: left out");
        assertEquals("the survey's position P1 is not in the catalog", json.at("/warnings/2").asText());
        assertEquals(4, json.get("warnings").size());
        assertEquals("调研中的岗位 P1 不在目录中", new ObjectMapper().readTree(r.json(null)).at("/warnings/2").asText());
    }

    @Test
    void csvQuotesWhatNeedsItWritesPlainNumbersAndReadsBackAsTheSameTable() {
        SurveyAggregate a = aggregate().add(new SurveySample("E2", RespondentType.EMPLOYER, "P4", " 版图工程师",
                "设计\n版图", "", 1e15, 4, 0, 0.5, null, null, 1));
        SurveyAggregateReport r = SurveyAggregateReport.of(a, SurveyOptions.DEFAULT, 1, null);
        String csv = r.csv();
        List<String> lines = csv.lines().toList();
        assertEquals("position_id,position_name,industry,demand_supply_ratio,vacancies,applicants,hires,"
                + "unfilled_rate,days_to_fill,salary_premium,difficulty,respondents", lines.get(0));
        assertEquals("P1,\"测试员 \"\"甲\"\"\",,1,1,0,0,1,,,,1", lines.get(1));
        assertEquals("P2,芯片工程师,\"集成电路,设计\",1.5,3,2,1,0.6666666666666667,30,1,4,1", lines.get(2));
        assertTrue(csv.contains("P4,\" 版图工程师\",\"设计\n版图\",250000000000000,1000000000000000,4,0,1,0.5,,,1\n"),
                csv);
        assertTrue(csv.endsWith("\n"));
        IndicatorTable table = IndicatorTable.readCsv(new StringReader(csv), "a.csv");
        assertEquals(List.of("P1", "P2", "P4"), table.rows().stream().map(PositionRow::id).toList());
        for (int i = 0; i < 3; i++) {
            AggregatedPosition p = r.positions().get(i);
            PositionRow row = table.rows().get(i);
            assertEquals(p.name(), row.name(), "a quoted name keeps its spaces");
            assertEquals(p.industry(), row.industry());
            p.indicators().forEach((k, v) -> assertEquals(v, row.values().get(k), p.id() + " " + k));
            assertEquals((double) p.respondents(), row.values().get("respondents"));
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
