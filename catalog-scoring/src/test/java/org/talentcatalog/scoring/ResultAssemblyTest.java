package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.RespondentType;

/** How a result is put together: failed replicates counted, respondents only for surveys, positions by rank then id. */
class ResultAssemblyTest {

    @Test
    void replicatesThatCannotBeScoredAreCountedAndTheOthersGiveTheProbabilities() {
        // R1 reports only P1 and R2 only P2: a replicate that draws one of them twice has one position,
        // which MIN_MAX cannot normalise
        List<SurveySample> rows = List.of(
                new SurveySample("R1", RespondentType.EMPLOYER, "P1", "甲", "", "", 4, 1, 1, null, null, null, 1),
                new SurveySample("R2", RespondentType.EMPLOYER, "P2", "乙", "", "", 1, 1, 1, null, null, null, 1));
        int replicates = 64;
        ScoringConfig config = ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .uncertainty(replicates, 3).build();
        ScoringResult r = ShortageScorer.of(config).score(SurveyData.of(rows));
        ScoringWarning w = r.warnings().stream().filter(x -> x.code().equals("BOOTSTRAP_REPLICATES_FAILED"))
                .findFirst().orElseThrow(() -> new AssertionError(r.warnings()));
        Matcher m = Pattern.compile("(\\d+) bootstrap replicates could not be scored \\(first reason: .+\\)")
                .matcher(w.text(Locale.ENGLISH));
        assertTrue(m.matches(), w.text(Locale.ENGLISH));
        int failed = Integer.parseInt(m.group(1));
        assertTrue(failed > 0 && failed < replicates, "about half fail: " + failed);
        int succeeded = replicates - failed;
        for (PositionScore p : r.positions()) {
            double sum = 0;
            for (double v : p.levelProbabilities().values()) {
                assertEquals(Math.rint(v * succeeded), v * succeeded, 1e-9, "a share of the " + succeeded + " replicates");
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
            assertEquals(1, p.respondents());
        }
    }

    @Test
    void aTableHasNoRespondentsAndPositionsComeByRankThenId() {
        IndicatorTable table = IndicatorTable.readCsv(new StringReader("position_id,position_name,industry,a,respondents\n"
                + "P3,丙,,1,4\nP1,甲,,5,2\nP2,乙,,5,3\nP0,零,,0,1\n"), "t.csv");
        ScoringResult r = ShortageScorer.of(ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE).build())
                .score(table);
        assertEquals(List.of("P1", "P2", "P3", "P0"), r.positions().stream().map(PositionScore::id).toList());
        assertEquals(List.of(1, 1, 3, 4), r.positions().stream().map(PositionScore::rank).toList());
        r.positions().forEach(p -> assertNull(p.respondents(), p.id()));
    }

    @Test
    void whenEveryPositionIsDroppedNothingIsLeftToScore() {
        IndicatorTable table = IndicatorTable.readCsv(new StringReader("position_id,a,b\nP1,1,\nP2,,2\n"), "t.csv");
        ScoringConfig config = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
                .indicator("b", IndicatorDirection.POSITIVE).missingValues(MissingValues.DROP_POSITION).build();
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.of(config).score(table));
        assertEquals("t.csv: no position left to score", e.describe(Locale.ENGLISH));
    }

    @Test
    void aSurveyPositionCarriesItsRespondents() {
        List<SurveySample> rows = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            rows.add(new SurveySample("R" + k, RespondentType.EMPLOYER, "P1", "甲", "", "", 4, 1, 1, null, null, null, 1));
        }
        rows.add(new SurveySample("R0", RespondentType.EMPLOYER, "P2", "乙", "", "", 1, 1, 1, null, null, null, 1));
        ScoringResult r = ShortageScorer.of(ScoringConfig.builder()
                .indicator("demand_supply_ratio", IndicatorDirection.POSITIVE).build()).score(SurveyData.of(rows));
        assertEquals(3, r.position("P1").orElseThrow().respondents());
        assertEquals(1, r.position("P2").orElseThrow().respondents());
    }
}
