package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each refusal of the scoring CSV readers (indicator table, ratings, survey) at its line and column,
 * with the bound it names; the values just inside each bound are accepted.
 */
class CsvRefusalsTest {

    private static final String SURVEY = "respondent_id,respondent_type,position_id,vacancies,applicants,hires,"
            + "difficulty,weight\n";

    private static String refusal(Function<StringReader, ?> reader, String text) {
        ScoringException e = assertThrows(ScoringException.class, () -> reader.apply(new StringReader(text)));
        return e.issue().cell() + " " + e.issue().message(Locale.ENGLISH);
    }

    private static String table(String text) {
        return refusal(r -> IndicatorTable.readCsv(r, "t.csv"), text);
    }

    @Test
    void theIndicatorTableNamesTheFaultyCell() {
        assertEquals("t.csv:1 the file is empty: no header row", table(""));
        assertEquals("t.csv:1:15 duplicate column: a", table("position_id,a, A \nP1,1,2\n"));
        assertEquals("t.csv:3:1 empty position_id", table("position_id,a\nP1,1\n,2\n"));
        assertEquals("t.csv:3:1 duplicate position: P1", table("position_id,a\nP1,1\nP1,2\n"));
        assertEquals("t.csv:2:4 not a number in column a: abc", table("position_id,a\nP1,abc\n"));
        assertEquals("t.csv:2:4 not a number in column a: Infinity", table("position_id,a\nP1,Infinity\n"));
        assertEquals("t.csv:2:4 value in column a is beyond the range of a double (±1.8 × 10^308): 1e400",
                table("position_id,a\nP1,1e400\n"));
        assertEquals("t.csv:2:4 value in column a must be <= 10^15: 2e15", table("position_id,a\nP1,2e15\n"));
        assertEquals("t.csv:2:4 value in column a must be >= -10^15: -2e15", table("position_id,a\nP1,-2e15\n"));
        IndicatorTable edge = IndicatorTable.readCsv(new StringReader("position_id,a\nP1,1e15\nP2,-1e15\n"), "t.csv");
        assertEquals(List.of(1e15, -1e15), edge.rows().stream().map(r -> r.values().get("a")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R1,EMPLOYER,P1,-1,1,1,,          | s.csv:2:16 value in column vacancies must be >= 0: -1",
        "R1,EMPLOYER,P1,1,1,1,,0          | s.csv:2:23 value in column weight must be > 0: 0",
        "R1,EMPLOYER,P1,1,1,1,0.5,        | s.csv:2:22 value in column difficulty must be >= 1: 0.5",
        "R1,EMPLOYER,P1,1,1,1,,-2         | s.csv:2:23 value in column weight must be > 0: -2",
        "R1,EMPLOYER,P1,1,x,1,,           | s.csv:2:18 not a number in column applicants: x",
        "R1,EMPLOYER,P1,1,1,1e16,,        | s.csv:2:20 value in column hires must be <= 10^15: 1e16",
    })
    void aSurveyCellOutOfItsRangeIsRefusedWithItsBound(String row, String expected) {
        assertEquals(expected, refusal(r -> SurveyData.read(r, "s.csv"), SURVEY + row + "\n"));
    }

    @Test
    void surveyValuesAtTheirBoundsAreAccepted() {
        SurveyData data = SurveyData.read(new StringReader(SURVEY + "R1,EMPLOYER,P1,0,0,0,1,0.000001\n"
                + "R2,EMPLOYER,P1,1e15,1e15,0,5,1e300\n"), "s.csv");
        assertEquals(2, data.rowCount());
    }

    @Test
    void ratingsOutOfRangeAreRefusedAtTheirCell() {
        Function<StringReader, ?> ratings = r -> ExpertConsensus.readCsv(r, "r.csv");
        assertEquals("r.csv:2:7 value in column score must be >= -10^15: -1e16",
                refusal(ratings, "expert_id,item_id,score\nE1,I1,-1e16\n"));
        assertEquals("r.csv:3:4 expert E1 rated item I1 twice",
                refusal(ratings, "expert_id,item_id,score\nE1,I1,1\nE1,I1,2\n"));
        assertEquals("r.csv:2:1 empty expert_id or item_id", refusal(ratings, "expert_id,item_id,score\n,I1,1\n"));
        assertEquals("r.csv:2:4 empty expert_id or item_id", refusal(ratings, "expert_id,item_id,score\nE1,,1\n"));
    }

    @Test
    void unplacedTitlesAreCountedAndTheFirstTwentyListedShortened(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("respondent_id,respondent_type,position_name,vacancies,applicants,hires\n");
        csv.append("E0,EMPLOYER,已知岗位,2,1,1\nE0,EMPLOYER,其他岗位,5,1,1\n");
        String longTitle = "长".repeat(150);
        csv.append("E1,EMPLOYER,").append(longTitle).append(",1,1,1\n");
        for (int i = 0; i < 19; i++) {
            csv.append("E1,EMPLOYER,未知").append(i).append(",1,1,1\n");
        }
        csv.append("E1,EMPLOYER,未知0,1,1,1\n");
        Path file = Files.writeString(dir.resolve("n.csv"), csv);
        SurveyData twenty = SurveyData.read(file, CsvRefusalsTest::place);
        assertEquals(21, twenty.unresolvedRows());
        List<String> expected = new ArrayList<>(List.of("长".repeat(100) + "…"));
        for (int i = 0; i < 19; i++) {
            expected.add("未知" + i);
        }
        assertEquals(expected, twenty.unresolvedTitles());
        ScoringConfig config = ScoringConfig.builder()
                .indicator("vacancies", org.talentcatalog.model.IndicatorDirection.POSITIVE).build();
        String warning = warning(ShortageScorer.of(config).score(file, CsvRefusalsTest::place));
        assertTrue(warning.endsWith("未知18"), "twenty distinct titles, none left out: " + warning);
        Files.writeString(file, csv + "E1,EMPLOYER,未知19,1,1,1\n");
        String more = warning(ShortageScorer.of(config).score(file, CsvRefusalsTest::place));
        assertTrue(more.startsWith("22 survey rows") && more.endsWith("未知18…"), more);
    }

    private static Optional<String> place(String title) {
        return title.equals("已知岗位") ? Optional.of("P1") : title.equals("其他岗位") ? Optional.of("P2") : Optional.empty();
    }

    private static String warning(ScoringResult r) {
        return r.warnings().stream().filter(w -> w.code().equals("UNRESOLVED_POSITION_NAMES")).findFirst()
                .orElseThrow().text(Locale.ENGLISH);
    }
}
