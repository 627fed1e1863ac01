package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.RespondentType;

/**
 * The standard indicators of a survey worked by hand, under each zero-applicants convention: the floor
 * applies below it (not at it), MISSING leaves the ratio out only when nobody applied, the unfilled
 * rate stays within 0..1, and means are weighted.
 */
class ZeroApplicantsTest {

    private static SurveySample row(String respondent, String position, double v, double a, double h, Double days,
            Double salary, Double difficulty, double weight) {
        return new SurveySample(respondent, RespondentType.EMPLOYER, position, "岗位", "", "", v, a, h, days, salary,
                difficulty, weight);
    }

    private static SurveyAggregate survey() {
        // every weight 2: the weights' mean is 2, so the totals are the plain sums
        return new SurveyAggregate()
                .add(row("R1", "P1", 6, 0, 0, 10.0, 100.0, 2.0, 2))
                .add(row("R2", "P1", 0, 0, 0, 30.0, null, 4.0, 2))
                .add(row("R1", "P2", 4, 2, 5, null, 300.0, null, 2))
                .add(row("R1", "P3", 8, 4, 2, null, 200.0, null, 2))
                .add(row("R1", "P4", 0, 3, 0, null, null, null, 2));
    }

    private static Map<String, Map<String, Double>> table(SurveyOptions options) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        survey().toIndicatorTable(options).rows().forEach(r -> out.put(r.id(), r.values()));
        return out;
    }

    @Test
    void theFloorOfOneApplicant() {
        Map<String, Map<String, Double>> t = table(SurveyOptions.DEFAULT);
        assertEquals(List.of("P1", "P2", "P3", "P4"), List.copyOf(t.keySet()));
        assertEquals(Map.of("demand_supply_ratio", 6.0, "vacancies", 6.0, "unfilled_rate", 1.0, "days_to_fill", 20.0,
                "salary_premium", 0.5, "difficulty", 3.0, "respondents", 2.0), t.get("P1"));
        assertEquals(Map.of("demand_supply_ratio", 2.0, "vacancies", 4.0, "unfilled_rate", 0.0,
                "salary_premium", 1.5, "respondents", 1.0), t.get("P2"), "more hires than vacancies: nothing unfilled");
        assertEquals(Map.of("demand_supply_ratio", 2.0, "vacancies", 8.0, "unfilled_rate", 0.75,
                "salary_premium", 1.0, "respondents", 1.0), t.get("P3"));
        assertEquals(Map.of("demand_supply_ratio", 0.0, "vacancies", 0.0, "unfilled_rate", 0.0, "respondents", 1.0),
                t.get("P4"), "no vacancies: nothing unfilled");
    }

    @Test
    void aFloorOfFourAppliesBelowFourApplicantsOnly() {
        Map<String, Map<String, Double>> t = table(new SurveyOptions(SurveyOptions.ZeroApplicants.FLOOR, 4));
        assertEquals(1.5, t.get("P1").get("demand_supply_ratio"), "6 / 4");
        assertEquals(1.0, t.get("P2").get("demand_supply_ratio"), "4 / max(2, 4)");
        assertEquals(2.0, t.get("P3").get("demand_supply_ratio"), "8 / 4 applicants, at the floor");
    }

    @Test
    void missingLeavesTheRatioOutOnlyWhereNobodyApplied() {
        Map<String, Map<String, Double>> t = table(new SurveyOptions(SurveyOptions.ZeroApplicants.MISSING, 4));
        assertEquals(null, t.get("P1").get("demand_supply_ratio"));
        assertEquals(2.0, t.get("P2").get("demand_supply_ratio"), "no floor: 4 / 2");
        assertEquals(2.0, t.get("P3").get("demand_supply_ratio"));
        assertEquals(0.0, t.get("P4").get("demand_supply_ratio"));
    }
}
