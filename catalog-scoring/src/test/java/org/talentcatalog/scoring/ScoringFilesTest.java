package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.IndicatorDirection;

/**
 * Scoring a file through each of the scorer's file entries gives what scoring its content read
 * another way gives: an indicator table with or without a resolver or joined tables, a survey with
 * a resolver and joined tables, and positions with too few respondents listed with their count.
 */
class ScoringFilesTest {

    @TempDir
    Path dir;

    private static final ScoringConfig AB = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
            .indicator("b", IndicatorDirection.NEGATIVE).build();
    private static final String TABLE = "position_id,position_name,a\nP01,甲,1\nP02,乙,2\nP03,丙,3\n";
    private static final String JOINED = "position_id,b\nP01,3\nP02,1\nP03,2\n";

    private static IndicatorTable table(String csv, String source) {
        return IndicatorTable.readCsv(new StringReader(csv), source);
    }

    private static Optional<String> place(String title) {
        return title.equals("芯片设计") ? Optional.of("P01") : Optional.empty();
    }

    @Test
    void anIndicatorTableScoresAlikeThroughEveryEntry() throws Exception {
        Path input = Files.writeString(dir.resolve("t.csv"), TABLE + "P04,丁,4\n");
        IndicatorTable joined = table(JOINED + "P04,5\n", "j.csv");
        ScoringResult expected = ShortageScorer.of(AB).score(table(TABLE + "P04,丁,4\n", "t.csv").join(joined));
        assertEquals(expected, ShortageScorer.of(AB).score(input, null, List.of(joined)), "every position joined");
        assertEquals(expected, ShortageScorer.of(AB).score(input, ScoringFilesTest::place, List.of(joined)),
                "a resolver is for surveys only");
        ScoringConfig one = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE).build();
        ScoringResult alone = ShortageScorer.of(one).score(table(TABLE + "P04,丁,4\n", "t.csv"));
        assertEquals(alone, ShortageScorer.of(one).score(input));
        assertEquals(alone, ShortageScorer.of(one).score(input, ScoringFilesTest::place));
        assertEquals(alone, ShortageScorer.of(one).score(input, null, List.of()));
    }

    @Test
    void aJoinedTableWithPositionsBeyondAnIndicatorTableAddsItsWarningAfterTheScoresOwn() throws Exception {
        Path input = Files.writeString(dir.resolve("t.csv"), TABLE);
        IndicatorTable joined = table(JOINED + "P09,5\n", "j.csv");
        ScoringConfig config = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
                .indicator("b", IndicatorDirection.NEGATIVE).uncertainty(20, 1).build();
        ScoringResult plain = ShortageScorer.of(config).score(table(TABLE, "t.csv").join(joined));
        ScoringResult r = ShortageScorer.of(config).score(input, null, List.of(joined));
        assertEquals(List.of("BOOTSTRAP_NEEDS_SURVEY", "JOINED_NOT_IN_INPUT"),
                r.warnings().stream().map(ScoringWarning::code).toList());
        assertEquals("1 positions of j.csv are not in the scored input; their indicators are not used: P09",
                r.warnings().get(1).text(Locale.ENGLISH));
        assertEquals(new ScoringResult(plain.weights(), plain.consistency(), plain.classificationMethod(),
                plain.breaks(), r.warnings(), plain.positions(), plain.insufficientSample(), plain.excluded(),
                plain.coverage()), r, "everything else as scored without the file");
    }

    @Test
    void aSurveyFileWithAResolverAndAJoinedTableScoresAsItsDataRead() throws Exception {
        String survey = "respondent_id,respondent_type,position_id,position_name,vacancies,applicants,hires\n"
                + "E1,EMPLOYER,P01,,4,1,1\nE2,INDUSTRY_ASSOCIATION,,芯片设计,2,2,0\nE3,HR_SERVICE_AGENCY,P02,,1,3,1\n"
                + "E4,EMPLOYER,P03,,5,5,5\nE5,EMPLOYER,,无法归类,9,9,9\nE6,HR_SERVICE_AGENCY,P03,,3,2,0\n";
        Path input = Files.writeString(dir.resolve("s.csv"), survey);
        ScoringConfig config = ScoringConfig.builder().indicator("vacancies", IndicatorDirection.POSITIVE)
                .indicator("b", IndicatorDirection.NEGATIVE).minRespondents(2).build();
        IndicatorTable joined = table(JOINED, "j.csv");
        ScoringResult expected = ShortageScorer.of(config).score(SurveyData.read(input, ScoringFilesTest::place),
                List.of(joined));
        ScoringResult r = ShortageScorer.of(config).score(input, ScoringFilesTest::place, List.of(joined));
        assertEquals(expected, r);
        assertEquals(List.of("P01", "P03"), r.positions().stream().map(PositionScore::id).sorted().toList(),
                "E1 and the title placed at P01 are two respondents");
        assertEquals(List.of("P02:1"), r.insufficientSample().stream()
                .map(u -> u.id() + ":" + u.respondents()).toList());
        assertEquals("1 respondents, fewer than 2", r.insufficientSample().get(0).reasonEn());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("UNRESOLVED_POSITION_NAMES")
                && w.text(Locale.ENGLISH).endsWith("无法归类")), r.warnings().toString());
        Path placed = Files.writeString(dir.resolve("p.csv"), survey.replace(",,芯片设计", ",P01,芯片设计")
                .replace("E5,EMPLOYER,,无法归类,9,9,9\n", ""));
        assertEquals(ShortageScorer.of(config).score(SurveyData.read(placed), List.of(joined)),
                ShortageScorer.of(config).score(placed, null, List.of(joined)), "no resolver");
    }
}
