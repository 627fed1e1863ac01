package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.lifecycle.EffectEvaluation.Interval;
import org.talentcatalog.lifecycle.EffectEvaluation.PositionEffect;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.SurveyData;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * The difference in differences and its bootstrap on two small waves computed by hand. Respondent R1
 * reports the listed P1 and the unlisted P3, R2 the listed P2 and the unlisted P4; P5 is only in the
 * second wave and P6 is listed but in neither.
 */
class EvaluationTest {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n";

    static final String BEFORE = HEADER
            + "R1,EMPLOYER,P1,甲,IC,310115,4,2,1,30,,4,1\n"
            + "R1,EMPLOYER,P3,丙,IC,310115,2,2,2,10,,2,1\n"
            + "R2,EMPLOYER,P2,乙,IC,310115,6,3,3,40,,5,1\n"
            + "R2,EMPLOYER,P4,丁,IC,310115,1,1,1,20,,1,1\n";

    static final String AFTER = HEADER
            + "R1,EMPLOYER,P1,甲,IC,310115,2,2,2,20,,3,1\n"
            + "R1,EMPLOYER,P3,丙,IC,310115,2,1,1,20,,3,1\n"
            + "R2,EMPLOYER,P2,乙,IC,310115,3,3,3,30,,4,1\n"
            + "R2,EMPLOYER,P4,丁,IC,310115,2,2,1,30,,2,1\n"
            + "R3,EMPLOYER,P5,戊,IC,310115,9,1,0,90,,5,1\n";

    static Catalog catalog() {
        return Fixtures.draft().withPositions(List.of(
                Fixtures.position("P1", "甲", ShortageLevel.VERY_SCARCE, 0.9),
                Fixtures.position("P2", "乙", ShortageLevel.SCARCE, 0.6),
                Fixtures.position("P6", "己", ShortageLevel.SCARCE, 0.5)));
    }

    static EffectEvaluation evaluate(int replicates, long seed) {
        return Evaluation.evaluate(catalog(), SurveyData.read(new StringReader(BEFORE), "before.csv"),
                SurveyData.read(new StringReader(AFTER), "after.csv"),
                new Evaluation.Options(replicates, seed, 0.95, SurveyOptions.DEFAULT));
    }

    @Test
    void theDifferenceInDifferencesIsComputedByHand() {
        EffectEvaluation e = evaluate(0, 1);
        // demand–supply ratio: listed P1 2 → 1, P2 2 → 1 (mean −1); unlisted P3 1 → 2, P4 1 → 1 (mean 0.5).
        // vacancies: P1 4 → 2, P2 6 → 3 (−2.5); P3 2 → 2, P4 1 → 2 (0.5).
        // unfilled rate 1 − hires/vacancies: P1 0.75 → 0, P2 0.5 → 0 (−0.625); P3 0 → 0.5, P4 0 → 0.5 (0.5).
        // days to fill: P1 30 → 20, P2 40 → 30 (−10); P3 10 → 20, P4 20 → 30 (10). difficulty: −1 and 1.
        assertEquals(Map.of("demand_supply_ratio", -1.0, "vacancies", -2.5, "unfilled_rate", -0.625,
                "days_to_fill", -10.0, "difficulty", -1.0), e.listed().meanChange());
        assertEquals(Map.of("demand_supply_ratio", 0.5, "vacancies", 0.5, "unfilled_rate", 0.5,
                "days_to_fill", 10.0, "difficulty", 1.0), e.unlisted().meanChange());
        assertEquals(Map.of("demand_supply_ratio", -1.5, "vacancies", -3.0, "unfilled_rate", -1.125,
                "days_to_fill", -20.0, "difficulty", -2.0), e.differenceInDifferences());
        assertEquals(2, e.listed().positions(), "P6 is in neither wave");
        assertEquals(2, e.unlisted().positions(), "P5 is only in the second wave");
        assertFalse(e.differenceInDifferences().containsKey("salary_premium"), "no salaries were reported");
        assertTrue(e.intervals().isEmpty());
        assertEquals(List.of("P1", "P2", "P6", "P3", "P4", "P5"), e.positions().stream().map(PositionEffect::id).toList());
        PositionEffect p6 = e.positions().get(2);
        assertTrue(p6.listed() && p6.before().isEmpty() && p6.change().isEmpty());
        assertEquals(ShortageLevel.SCARCE, p6.level());
        PositionEffect p5 = e.positions().get(5);
        assertNull(p5.level());
        assertEquals(9.0, p5.after().get("demand_supply_ratio"));
    }

    @Test
    void theBootstrapIntervalFollowsTheResampledRespondents() {
        // A replicate keeps P1 and P3 when R1 is drawn in both waves, P2 and P4 when R2 is. Days to fill
        // and difficulty change alike in either pair, so every replicate gives −20 and −2. The unfilled
        // rate's difference is −1.25 with R1 alone, −1.0 with R2 alone and −1.125 with both. A respondent
        // is in a wave's draw of two with probability 3/4, so in both waves with 9/16; both respondents
        // are in both with 1/4; so R1 alone and R2 alone each have probability 9/16 − 1/4 = 5/16, far
        // above 2.5 %: the 2.5th and 97.5th percentiles of 2000 replicates are exactly −1.25 and −1.0.
        EffectEvaluation e = evaluate(2000, 42);
        assertEquals(new Interval(-20, -20), e.intervals().get("days_to_fill"));
        assertEquals(new Interval(-2, -2), e.intervals().get("difficulty"));
        assertEquals(new Interval(-1.25, -1.0), e.intervals().get("unfilled_rate"));
        assertEquals(e, evaluate(2000, 42), "seeded: the same replicates");
    }
}
