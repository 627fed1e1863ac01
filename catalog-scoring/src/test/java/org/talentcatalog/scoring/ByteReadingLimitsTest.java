package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.io.CsvLimits;

/**
 * The bounds on a cell and on a record hold on the byte path as on the text path: the same located
 * refusal one character past a bound, on one thread and in chunks of either size, and a cell at
 * the bound read alike.
 */
class ByteReadingLimitsTest {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,vacancies,applicants,"
            + "hires,note";
    private static final int CELL = CsvLimits.DEFAULT_MAX_CELL_CHARS;
    /** Chunks shorter than a long record (left to one reader), and chunks that hold whole files. */
    private static final int[] CHUNK_SIZES = {4096, 4 << 20};

    private static String row(String name, String note) {
        return "E1,EMPLOYER,P1," + name + ",3,2,1," + note + "\nE2,EMPLOYER,P2,封装,1,4,0,\n";
    }

    @Test
    void aCellOnePastTheBoundIsRefusedOnEveryPath() throws IOException {
        String x = "x".repeat(CELL + 1);
        assertRefused(HEADER + "\n" + row(x, ""), "s.csv:2:16", "the cell is longer than 32767 characters");
        assertRefused(HEADER + "\n" + row("算法", x), "s.csv:2:25", "the cell is longer than 32767 characters");
        // a quoted cell past the bound may be a quote left open: the message says so
        assertRefused(HEADER + "\n" + row("\"" + x + "\"", ""), "s.csv:2:16",
                "the cell is longer than 32767 characters (is a quote not closed?)");
    }

    @Test
    void aCellAtTheBoundIsReadOnEveryPath() throws IOException {
        String x = "x".repeat(CELL);
        assertReadAlike(HEADER + "\n" + row(x, x), x);
        assertReadAlike(HEADER + "\r\n" + row("\"" + x + "\"", "\"" + x + "\"").replace("\n", "\r\n"), x);
    }

    @Test
    void aRecordPastTheBoundIsRefusedOnEveryPath() throws IOException {
        int cells = CsvLimits.DEFAULT_MAX_RECORD_CHARS / CELL + 1;
        StringBuilder header = new StringBuilder(HEADER);
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < cells; i++) {
            header.append(",n").append(i);
            notes.append(',').append("y".repeat(CELL - 1));
        }
        String record = "E1,EMPLOYER,P1,算法,3,2,1,a" + notes;
        String other = "E2,EMPLOYER,P2,封装,1,4,0,b" + ",".repeat(cells);
        // the long record first, ended by a line feed; and last, ended by the end of the file
        for (String text : new String[] {header + "\n" + record + "\n" + other + "\n", header + "\n" + other + "\n" + record}) {
            ScoringException e = assertThrows(ScoringException.class,
                    () -> SurveyData.read(new StringReader(text), "s.csv"));
            assertEquals(text.endsWith("\n") ? "s.csv:2" : "s.csv:3", e.issue().cell().substring(0, 7));
            assertRefused(text, e.issue().cell(), e.issue().text().en());
        }
    }

    /** The text path refuses the file at {@code cell} with {@code message}, and the byte path alike. */
    private static void assertRefused(String text, String cell, String message) throws IOException {
        ScoringException e = assertThrows(ScoringException.class,
                () -> SurveyData.read(new StringReader(text), "s.csv"));
        assertEquals(cell, e.issue().cell());
        assertEquals(message, e.issue().text().en());
        Path file = Files.createTempFile("s", ".csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            for (int chunkSize : CHUNK_SIZES) {
                for (int parallelism = 1; parallelism <= 2; parallelism++) {
                    SurveyAggregation aggregation = SurveyAggregation.builder().parallelism(parallelism)
                            .chunkSize(chunkSize).build();
                    ScoringException b = assertThrows(ScoringException.class, () -> aggregation.aggregate(file));
                    assertEquals(file.getFileName() + cell.substring("s.csv".length()), b.issue().cell());
                    assertEquals(message, b.issue().text().en());
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Read on every path: two positions, the first named {@code name}. */
    private static void assertReadAlike(String text, String name) throws IOException {
        SurveyAggregate expected = SurveyAggregation.aggregate(new StringReader(text), "s.csv");
        assertEquals(name, expected.positions(SurveyOptions.DEFAULT).get(0).name());
        assertEquals(2, expected.rowCount());
        Path file = Files.createTempFile("s", ".csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            for (int chunkSize : CHUNK_SIZES) {
                for (int parallelism = 1; parallelism <= 2; parallelism++) {
                    SurveyAggregate read = SurveyAggregation.builder().parallelism(parallelism).chunkSize(chunkSize)
                            .build().aggregate(file);
                    ParallelAggregationProperties.assertSame(expected, read);
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}
