package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.LabelledTitle;

/**
 * The figures of a cross-validation run from outcomes made by hand (no engine is built): when a code
 * is right at each level, and every share of the report counted another way.
 */
class CrossValidationFiguresTest {

    private static final OccupationCodes CODES = OccupationCodes.defaults();

    private static CrossValidation.Outcome outcome(String gold, int grade, String... ranked) {
        return new CrossValidation.Outcome(new LabelledTitle("t", gold), List.of(ranked), Ranking.EMPTY, grade);
    }

    @Test
    void aCodeIsRightAtALevelWhenItAgreesDownToThatLevelOrTheGoldCodesOwn() {
        assertTrue(CrossValidation.right("2-02-10-03", "2-02-10-03", 4, CODES));
        assertFalse(CrossValidation.right("2-02-10-01", "2-02-10-03", 4, CODES));
        assertTrue(CrossValidation.right("2-02-10-01", "2-02-10-03", 3, CODES));
        assertFalse(CrossValidation.right("2-02-11-01", "2-02-10-03", 3, CODES));
        assertTrue(CrossValidation.right("2-02-11-01", "2-02-10-03", 2, CODES));
        assertFalse(CrossValidation.right("2-03-10-03", "2-02-10-03", 2, CODES));
        assertTrue(CrossValidation.right("2-03-10-03", "2-02-10-03", 1, CODES));
        assertFalse(CrossValidation.right("4-02-10-03", "2-02-10-03", 1, CODES));
        // a prediction inside a coarser gold group is right; a coarser prediction is not right below its level
        assertTrue(CrossValidation.right("2-02-10-03", "2-02-10-00", 4, CODES));
        assertTrue(CrossValidation.right("2-02-10-03", "2-02-00-00", 4, CODES));
        assertFalse(CrossValidation.right("2-02-10-00", "2-02-10-03", 4, CODES));
        assertTrue(CrossValidation.right("2-02-10-00", "2-02-10-03", 3, CODES));
        assertFalse(CrossValidation.right("2-02-00-00", "2-02-10-03", 3, CODES));
        assertTrue(CrossValidation.right("2-00-00-00", "2-02-10-03", 1, CODES));
    }

    @Test
    void codesOutsideTheListHaveTheLevelOfTheirShape() {
        OccupationCodes none = OccupationCodes.empty();
        assertTrue(CrossValidation.right("9-12-34-56", "9-12-34-00", 4, none));
        assertFalse(CrossValidation.right("9-12-34-00", "9-12-34-56", 4, none));
        assertTrue(CrossValidation.right("9-12-34-00", "9-12-34-56", 3, none));
        assertFalse(CrossValidation.right("9-12-00-00", "9-12-34-56", 3, none));
        assertTrue(CrossValidation.right("9-12-00-00", "9-12-34-56", 2, none));
        assertFalse(CrossValidation.right("9-00-00-00", "9-12-34-56", 2, none));
        assertTrue(CrossValidation.right("9-00-00-00", "9-12-34-56", 1, none));
        assertTrue(CrossValidation.right("9-13-34-56", "9-12-00-00", 1, none));
        assertFalse(CrossValidation.right("9-13-34-56", "9-12-00-00", 4, none));
    }

    @Test
    void theReportCountsEachShareOfTheTitles() {
        List<CrossValidation.Outcome> outcomes = List.of(
                outcome("2-02-10-03", 0, "2-02-10-03", "2-02-10-01"), // right: HIGH
                outcome("2-02-10-03", 0, "2-02-10-01", "2-02-11-01", "2-02-10-03"), // 小类 right, top-3: HIGH
                outcome("2-02-10-03", 1, "2-02-11-01", "2-03-10-03", "4-01-01-01", "2-02-10-03"), // 中类 right only
                outcome("2-02-10-03", 1, "2-03-10-03"), // 大类 right only: MEDIUM
                outcome("2-02-10-00", 2, "2-02-10-05"), // inside the gold group: right, LOW
                outcome("2-02-10-03", 2)); // nothing ranked: LOW
        CrossValidation.Report r = CrossValidation.report(CODES, outcomes);
        assertEquals(6, r.titles());
        assertEquals(2 / 6.0, r.top1(), 1e-12);
        assertEquals(3 / 6.0, r.top3(), 1e-12);
        assertEquals(3 / 6.0, r.minorGroup(), 1e-12);
        assertEquals(4 / 6.0, r.subMajorGroup(), 1e-12);
        assertEquals(5 / 6.0, r.majorGroup(), 1e-12);
        assertEquals(2 / 6.0, r.highShare(), 1e-12);
        assertEquals(0.5, r.highPrecision(), 1e-12);
        assertEquals(2 / 6.0, r.mediumShare(), 1e-12);
        assertEquals(0.0, r.mediumPrecision(), 1e-12);
        assertEquals(0.5, r.lowPrecision(), 1e-12);
        assertEquals("6 titles: top-1 33.3%, top-3 50.0%, 小类 50.0%, 中类 66.7%, 大类 83.3%; HIGH 33.3% of titles at 50.0%"
                + " precision, MEDIUM 33.3% at 0.0%, LOW at 50.0%", r.toString());
    }

    @Test
    void noOutcomeGivesZeroesAndAnEmptyGradeHasNoPrecision() {
        CrossValidation.Report none = CrossValidation.report(CODES, List.of());
        assertEquals(new CrossValidation.Report(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), none);
        CrossValidation.Report high = CrossValidation.report(CODES, List.of(outcome("2-02-10-03", 0, "2-02-10-03")));
        assertEquals(new CrossValidation.Report(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0), high);
    }
}
