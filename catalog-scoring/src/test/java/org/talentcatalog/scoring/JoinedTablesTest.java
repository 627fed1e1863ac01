package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.RespondentType;

/**
 * Indicator tables joined to the scored input by position id: their values and names, the positions
 * they have beyond the input, an indicator given twice, and the bootstrap skipped for a survey.
 */
class JoinedTablesTest {

    @TempDir
    Path dir;

    private static final ScoringConfig AB = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
            .indicator("b", IndicatorDirection.POSITIVE).missingValues(MissingValues.DROP_POSITION).build();

    /** P01–P15 with b = the position's number; P02 named 乙 and P03 named 别名. */
    private static IndicatorTable joined() {
        StringBuilder csv = new StringBuilder("position_id,position_name,b\n");
        for (int i = 2; i <= 15; i++) {
            csv.append(String.format("P%02d,%s,%d%n", i, i == 2 ? "乙" : i == 3 ? "别名" : "", i));
        }
        return IndicatorTable.readCsv(new StringReader(csv.toString()), "j.csv");
    }

    @Test
    void joinedValuesAndNamesAreUsedAndPositionsBeyondTheInputNamedInAWarning() throws Exception {
        Path input = Files.writeString(dir.resolve("t.csv"), "position_id,position_name,a\nP01,甲,1\nP02,,2\nP03,丙,3\n");
        ScoringResult r = ShortageScorer.of(AB).score(input, null, List.of(joined()));
        assertEquals(List.of("P03", "P02"), r.positions().stream().map(PositionScore::id).toList());
        assertEquals(3.0, r.position("P03").orElseThrow().indicators().get("b"));
        assertEquals("丙", r.position("P03").orElseThrow().name(), "the input's name is kept");
        assertEquals("乙", r.position("P02").orElseThrow().name(), "a name missing in the input is taken from the other");
        assertEquals(List.of("P01"), r.excluded().stream().map(UnscoredPosition::id).toList(), "no b for P01");
        List<ScoringWarning> w = r.warnings().stream().filter(x -> x.code().equals("JOINED_NOT_IN_INPUT")).toList();
        assertEquals(1, w.size(), r.warnings().toString());
        assertEquals("12 positions of j.csv are not in the scored input; their indicators are not used: "
                + "P04, P05, P06, P07, P08, P09, P10, P11, P12, P13…", w.get(0).text(Locale.ENGLISH));
        ScoringResult alone = ShortageScorer.of(AB).score(input, null, List.of(IndicatorTable.readCsv(new StringReader(
                "position_id,b\nP01,1\nP02,2\nP03,3\nP04,4\n"), "k.csv")));
        assertTrue(alone.warnings().stream().anyMatch(x -> x.text(Locale.ENGLISH).endsWith("not used: P04")),
                alone.warnings().toString());
    }

    @Test
    void anIndicatorInTwoTablesIsRefusedAtTheSecond() {
        IndicatorTable base = IndicatorTable.readCsv(new StringReader("position_id,a,b\nP01,1,2\n"), "t.csv");
        ScoringException e = assertThrows(ScoringException.class, () -> base.join(joined()));
        assertEquals("j.csv: the indicator b is already in t.csv: an indicator can come from one table only;"
                + " drop or rename it in one of them", e.describe(Locale.ENGLISH));
    }

    @Test
    void aSurveyWithAJoinedTableSkipsTheBootstrapAndSaysSo() {
        List<SurveySample> rows = List.of(
                new SurveySample("R1", RespondentType.EMPLOYER, "P02", "乙", "", "", 4, 1, 1, null, null, null, 1),
                new SurveySample("R2", RespondentType.EMPLOYER, "P03", "丙", "", "", 1, 1, 1, null, null, null, 1));
        ScoringConfig config = ScoringConfig.builder().indicator("vacancies", IndicatorDirection.POSITIVE)
                .indicator("b", IndicatorDirection.POSITIVE).uncertainty(20, 1).build();
        ScoringResult r = ShortageScorer.of(config).score(SurveyData.of(rows), List.of(joined()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("BOOTSTRAP_WITH_JOINED")), r.warnings().toString());
        assertTrue(r.positions().stream().allMatch(p -> p.levelProbabilities().isEmpty()));
        assertEquals(List.of("P02", "P03"), r.positions().stream().map(PositionScore::id).sorted().toList());
        ScoringResult plain = ShortageScorer.of(ScoringConfig.builder().indicator("vacancies", IndicatorDirection.POSITIVE)
                .uncertainty(20, 1).build()).score(SurveyData.of(rows), List.of());
        assertFalse(plain.warnings().stream().anyMatch(w -> w.code().equals("BOOTSTRAP_WITH_JOINED")));
    }

    @Test
    void aFileWithNeitherKindOfIdIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("x.csv"), "name,a\n甲,1\n");
        ScoringException e = assertThrows(ScoringException.class, () -> ShortageScorer.isSurvey(f));
        assertEquals("x.csv:1: missing required column: position_id", e.describe(Locale.ENGLISH));
        assertTrue(ShortageScorer.isSurvey(Files.writeString(dir.resolve("s.csv"), "RESPONDENT_ID ,x\n")));
        assertFalse(ShortageScorer.isSurvey(Files.writeString(dir.resolve("t.csv"), "position_id,x\n")));
    }
}
