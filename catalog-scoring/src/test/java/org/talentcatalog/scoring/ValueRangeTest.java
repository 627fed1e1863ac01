package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.RespondentType;

/**
 * A number that scoring cannot compute with — beyond the range of a double, or so large that the
 * sums a method takes would overflow — is refused with a located error in both languages, never
 * scored as NaN or infinity.
 */
class ValueRangeTest {

    private static final ScoringConfig X = ScoringConfig.builder().indicator("x", IndicatorDirection.POSITIVE).build();
    private static final String SURVEY = "respondent_id,respondent_type,position_id,vacancies,applicants,hires,"
            + "offered_salary,weight\n";

    private static ScoringException refused(Executable call, String place, String zh, String en) {
        ScoringException e = assertThrows(ScoringException.class, call);
        assertEquals(place, e.issue().cell());
        assertEquals(zh, e.issue().text().zh());
        assertEquals(en, e.issue().text().enOrZh());
        return e;
    }

    /** Issue example: ±1e308 in an indicator table gave the score "NaN", ranked first. */
    @Test
    void hugeIndicatorValuesAreRefusedWhereTheyAre() {
        refused(() -> ShortageScorer.of(X).score(IndicatorTable.readCsv(new StringReader(
                "position_id,x\nP1,1e308\nP2,-1e308\nP3,0\n"), "t.csv")), "t.csv:2:4",
                "列 x 的值应 ≤ 10^15：1e308", "value in column x must be <= 10^15: 1e308");
        refused(() -> IndicatorTable.readCsv(new StringReader("position_id,x\nP1,1\nP2,-2e15\n"), "t.csv"),
                "t.csv:3:4", "列 x 的值应 ≥ -10^15：-2e15", "value in column x must be >= -10^15: -2e15");
    }

    @Test
    void aNumberBeyondTheDoubleRangeIsNamedSo() {
        refused(() -> IndicatorTable.readCsv(new StringReader("position_id,x\nP1,1e400\n"), "t.csv"), "t.csv:2:4",
                "列 x 的值 1e400 超出双精度数能表示的范围（±1.8 × 10^308）",
                "value in column x is beyond the range of a double (±1.8 × 10^308): 1e400");
        refused(() -> SurveyData.read(new StringReader(SURVEY + "E,EMPLOYER,P,1,1,1,,1e999\n"), "s.csv"), "s.csv:2:21",
                "列 weight 的值 1e999 超出双精度数能表示的范围（±1.8 × 10^308）",
                "value in column weight is beyond the range of a double (±1.8 × 10^308): 1e999");
        refused(() -> IndicatorTable.readCsv(new StringReader("position_id,x\nP1,Infinity\n"), "t.csv"), "t.csv:2:4",
                "列 x 的值不是数字：Infinity", "not a number in column x: Infinity");
    }

    @Test
    void surveyCountsAndSalariesAreBoundedButWeightsAreNot() {
        refused(() -> SurveyData.read(new StringReader(SURVEY + "E,EMPLOYER,P,2e15,1,1,,1\n"), "s.csv"), "s.csv:2:14",
                "列 vacancies 的值应 ≤ 10^15：2e15", "value in column vacancies must be <= 10^15: 2e15");
        refused(() -> SurveyData.read(new StringReader(SURVEY + "E,EMPLOYER,P,1,1,1,1e300,1\n"), "s.csv"), "s.csv:2:20",
                "列 offered_salary 的值应 ≤ 10^15：1e300", "value in column offered_salary must be <= 10^15: 1e300");
        SurveyData.read(new StringReader(SURVEY + "E,EMPLOYER,P,1,1,1,,1e308\nF,EMPLOYER,P,1,1,1,,1e-300\n"), "s.csv");
    }

    @Test
    void anIndicatorBuiltInCodeIsCheckedToo() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e300}) {
            IndicatorTable t = new IndicatorTable(List.of("x"), List.of(new PositionRow("P1", "", "", Map.of("x", bad), 0),
                    new PositionRow("P2", "", "", Map.of("x", 1.0), 7)), "code");
            refused(() -> ShortageScorer.of(X).score(t), "code",
                    "岗位 P1 的指标 x 为 " + bad + "，超出可计算的范围 ±10^15",
                    "position P1: indicator x is " + bad + ", outside the range scoring accepts, ±10^15");
        }
    }

    @Test
    void aSurveyIndicatorThatOverflowsIsRefusedNamingThePosition() {
        // salaries of 10^15 against an overall median of 10^-300: a premium of 10^315
        String rows = "E,EMPLOYER,P1,1,1,1,1e15,1\nF,EMPLOYER,P2,1,1,1,1e-300,1\nG,EMPLOYER,P3,1,1,1,1e-300,1\n";
        ScoringConfig premium = ScoringConfig.builder().indicator("salary_premium", IndicatorDirection.POSITIVE).build();
        refused(() -> ShortageScorer.of(premium).score(SurveyData.read(new StringReader(SURVEY + rows), "s.csv")),
                "survey", "岗位 P1 的指标 salary_premium 为 Infinity，超出可计算的范围 ±10^15",
                "position P1: indicator salary_premium is Infinity, outside the range scoring accepts, ±10^15");
    }

    @Test
    void samplesBuiltInCodeRefuseWhatTheReaderRefuses() {
        for (double bad : new double[] {Double.NaN, -1, 2e15, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> new SurveySample("R", RespondentType.EMPLOYER, "P", "",
                    "", "", bad, 1, 1, null, null, null, 1));
            assertThrows(IllegalArgumentException.class, () -> new SurveySample("R", RespondentType.EMPLOYER, "P", "",
                    "", "", 1, 1, 1, bad, null, null, 1));
            assertThrows(IllegalArgumentException.class, () -> new SurveySample("R", RespondentType.EMPLOYER, "P", "",
                    "", "", 1, 1, 1, null, bad, null, 1));
        }
        for (double bad : new double[] {Double.NaN, 0, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> new SurveySample("R", RespondentType.EMPLOYER, "P", "",
                    "", "", 1, 1, 1, null, null, null, bad));
        }
        assertThrows(IllegalArgumentException.class, () -> new SurveySample("R", RespondentType.EMPLOYER, "P", "",
                "", "", 1, 1, 1, null, null, 6.0, 1));
    }

    @Test
    void ratingsAreBoundedLikeValues() {
        refused(() -> ExpertConsensus.readCsv(new StringReader("expert_id,item_id,score\nA,x,1e308\n"), "r.csv"),
                "r.csv:2:5", "列 score 的值应 ≤ 10^15：1e308", "value in column score must be <= 10^15: 1e308");
    }

    @Test
    void ahpEntriesAreBounded() {
        String config = "{\"indicators\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"weighting\": {\"method\": \"AHP\", "
                + "\"pairwise\": [[1, 1e300], [1e-300, 1]]}}";
        ScoringConfig c = ScoringConfig.fromJson(config, "c.json");
        refused(() -> c.weighting().weigh(new WeightingInput(List.of("a", "b"), new double[0][2], new double[0][2])),
                "$.weighting.pairwise[0][1]", "判断矩阵元素应在 1/10^15 到 10^15 之间：1.0E300",
                "pairwise entries must be between 1/10^15 and 10^15: 1.0E300");
    }

    @Test
    void errorsDescribeThemselvesOnOneLine() {
        ScoringException e = assertThrows(ScoringException.class, () -> IndicatorTable.readCsv(new StringReader(
                "position_id,x\nP1,1e308\n"), "t.csv"));
        assertEquals("t.csv:2:4: value in column x must be <= 10^15: 1e308", e.describe(Locale.ENGLISH));
    }
}
