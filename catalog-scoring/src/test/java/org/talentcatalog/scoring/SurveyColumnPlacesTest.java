package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.scoring.spi.PositionResolver;

/**
 * Where the survey reader looks for a row's position, and where it says a row has none: the
 * {@code position_id} column is required unless a resolver places free-text titles; a missing
 * position is located at its cell, wherever the columns stand; a resolver's blank answer leaves the
 * row out; a placed row does not give its free-text title to the catalog's position.
 */
class SurveyColumnPlacesTest {

    private static final PositionResolver RESOLVER = t -> switch (t) {
        case "IC设计岗（上海）" -> Optional.of("IC-001");
        case "空白岗" -> Optional.of(" ");
        default -> Optional.empty();
    };

    @TempDir
    Path dir;

    @Test
    void withoutAResolverThePositionIdColumnIsRequired() {
        String text = "respondent_id,respondent_type,position_name,vacancies,applicants,hires\nE1,EMPLOYER,算法,2,1,1\n";
        ScoringException e = assertThrows(ScoringException.class, () -> SurveyData.read(new StringReader(text), "s.csv"));
        assertTrue(e.getMessage().endsWith("s.csv:1: 缺少必需的列：position_id"), e.getMessage());
    }

    @Test
    void aRowWithNoPositionIsRefusedAtThePositionCellWhereverItStands() throws IOException {
        // position_id first: the refusal is at column 1 of the row, not at the title's cell
        Path first = write("first.csv", "position_id,respondent_id,respondent_type,position_name,vacancies,applicants,hires\n"
                + "IC-009,E1,EMPLOYER,,2,1,1\n,E2,EMPLOYER,,1,1,1\n");
        assertEquals("first.csv:3:1", refusal(first));
        // no position column at all: the title's cell
        Path titled = write("titled.csv", "respondent_id,respondent_type,vacancies,applicants,hires,position_name\n"
                + "E1,EMPLOYER,2,1,1,IC设计岗（上海）\nE2,EMPLOYER,1,1,1,\n");
        assertEquals("titled.csv:3:19", refusal(titled));
        // neither column: the row's first cell
        Path neither = write("neither.csv", "respondent_id,respondent_type,vacancies,applicants,hires\nE1,EMPLOYER,2,1,1\n");
        assertEquals("neither.csv:2:1", refusal(neither));
    }

    @Test
    void aBlankAnswerOfTheResolverLeavesTheRowOut() throws IOException {
        Path f = write("blank.csv", "respondent_id,respondent_type,position_name,vacancies,applicants,hires\n"
                + "E1,EMPLOYER,IC设计岗（上海）,2,1,1\nE2,EMPLOYER,空白岗,1,1,1\n");
        SurveyData data = SurveyData.read(f, RESOLVER);
        assertEquals(1, data.unresolvedRows());
        assertEquals(List.of("空白岗"), data.unresolvedTitles());
        assertEquals(1, data.respondentCount());
        assertEquals(List.of("IC-001"), data.indicators(SurveyOptions.DEFAULT).rows().stream().map(PositionRow::id).toList());
    }

    @Test
    void aPlacedRowDoesNotNameTheCatalogsPosition() throws IOException {
        Path f = write("placed.csv", "respondent_id,respondent_type,position_id,position_name,vacancies,applicants,hires\n"
                + "E1,EMPLOYER,,IC设计岗（上海）,2,1,1\nE2,EMPLOYER,IC-001,集成电路设计工程师,1,1,1\nE3,EMPLOYER,,IC设计岗（上海）,1,1,1\n");
        List<PositionRow> rows = SurveyData.read(f, RESOLVER).indicators(SurveyOptions.DEFAULT).rows();
        assertEquals(1, rows.size());
        assertEquals("IC-001", rows.get(0).id());
        assertEquals("集成电路设计工程师", rows.get(0).name());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The place of the refusal of {@code file} read with the resolver. */
    private static String refusal(Path file) {
        ScoringException e = assertThrows(ScoringException.class, () -> SurveyData.read(file, RESOLVER));
        return e.issue().cell();
    }
}
