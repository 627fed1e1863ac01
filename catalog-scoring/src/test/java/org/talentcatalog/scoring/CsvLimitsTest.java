package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.function.Executable;
import org.talentcatalog.model.io.CsvLimits;

/** A broken CSV file fails at a located cell or record instead of filling memory or hanging. */
class CsvLimitsTest {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,vacancies,applicants,hires\n";

    /** {@code prefix}, then {@code x} without end. */
    private static Reader endless(String prefix) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = at < prefix.length() ? prefix.charAt(at++) : 'x';
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aCellLongerThanExcelAllowsIsALocatedError() {
        String row = "E1,EMPLOYER,P1," + "设".repeat(CsvLimits.DEFAULT_MAX_CELL_CHARS + 1) + ",1,1,1\n";
        ScoringException e = assertThrows(ScoringException.class,
                () -> SurveyData.read(new StringReader(HEADER + row), "s.csv"));
        assertEquals("s.csv:2:16", e.issue().cell());
        assertEquals("the cell is longer than 32767 characters", e.issue().text().enOrZh());
        String fits = "E1,EMPLOYER,P1," + "设".repeat(CsvLimits.DEFAULT_MAX_CELL_CHARS) + ",1,1,1\n";
        assertEquals(1, SurveyData.read(new StringReader(HEADER + fits), "s.csv").rowCount());
    }

    @Test
    void anUnclosedQuoteStopsAtTheCellLimitNotAtTheEndOfTheInput() {
        ScoringException e = assertThrows(ScoringException.class,
                () -> SurveyData.read(endless(HEADER + "E1,EMPLOYER,P1,\"never closed"), "s.csv"));
        assertEquals("s.csv:2:16", e.issue().cell());
        assertTrue(e.issue().text().enOrZh().endsWith("(is a quote not closed?)"), e.issue().text().enOrZh());
    }

    @Test
    void anUnclosedQuoteAtTheEndOfASurveyOrRatingsIsAnErrorAtTheQuote() {
        ScoringException survey = assertThrows(ScoringException.class, () -> SurveyData.read(
                new StringReader(HEADER + "E1,EMPLOYER,P1,\"设计,1,1,1\nE2,EMPLOYER,P2,封装,1,1,1\n"), "s.csv"));
        assertEquals("s.csv:2:16", survey.issue().cell());
        assertEquals("read:syntax", survey.issue().rule());
        assertEquals("quoted cell is not closed", survey.issue().text().en());
        ScoringException ratings = assertThrows(ScoringException.class, () -> ExpertConsensus.readCsv(
                new StringReader("expert_id,item_id,score\nA,\"x,3\nB,y,4\n"), "r.csv"));
        assertEquals("r.csv:2:3", ratings.issue().cell());
    }

    @Test
    void aHeaderOfAMillionColumnsIsALocatedErrorAtTheColumnLimit() {
        String header = "respondent_id,respondent_type,position_id," + "x,".repeat(1_000_000) + "x\n";
        ScoringException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ScoringException.class, () -> SurveyData.read(new StringReader(header), "s.csv")));
        assertEquals("s.csv:1:" + (43 + 2 * (CsvLimits.DEFAULT_MAX_COLUMNS - 3)), e.issue().cell());
        assertEquals("the record has more than 16384 columns", e.issue().text().en());
    }

    /**
     * /dev/zero: endless NUL bytes, which are ASCII, so no character set is ever decided, and no line
     * end. As a path it is refused as a device before anything is read; as a stream it ends at the
     * cell limit.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void devZeroIsRefusedAsAPathAndBoundedAsAStream() throws Exception {
        Path zero = Path.of("/dev/zero");
        for (Executable read : List.<Executable>of(() -> SurveyData.read(zero), () -> IndicatorTable.readCsv(zero),
                () -> ExpertConsensus.readCsv(zero), () -> ShortageScorer.isSurvey(zero))) {
            java.io.UncheckedIOException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(java.io.UncheckedIOException.class, read));
            assertEquals("/dev/zero: is a device, not a regular file; a regular file is expected",
                    ((org.talentcatalog.model.io.FileReadException) e.getCause()).text().en());
        }
        try (java.io.Reader endless = org.talentcatalog.model.io.TextEncoding.reader(java.nio.file.Files.newInputStream(zero))) {
            ScoringException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(ScoringException.class, () -> SurveyData.read(endless, "zero")));
            assertEquals("zero:1:1", e.issue().cell());
            assertEquals("the cell is longer than 32767 characters", e.issue().text().en());
        }
    }
}
