package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shape a survey cell can take, in every column, read from the bytes of a file (on one thread,
 * and in small chunks on two) gives what reading its text gives: the same aggregate, or the same
 * located error. Some shapes are also checked against their plain form or their refusal by hand.
 */
class ByteCellShapesTest {

    private static final String[] COLUMNS = {"respondent_id", "respondent_type", "position_id", "position_name",
        "industry", "region", "vacancies", "applicants", "hires", "days_to_fill", "offered_salary", "difficulty", "weight"};
    private static final String HEADER = String.join(",", COLUMNS);
    private static final String[] GOOD = {"R1", "EMPLOYER", "P1", "芯片设计工程师", "集成电路", "浦东", "4", "6", "2", "30",
        "12000", "3", "1"};
    /** Empty, blank, signed, exponent, too many places, words, quoted, padded, zero, the difficulty bounds, huge. */
    private static final String[] SHAPES = {"", " ", "\u3000", "0", "-1", "+2", "1e2", "5e0", "1.5", "0.0005",
        "0.0000001", "很多", "abc", "\"3\"", " 3 ", "\"1,000\"", "0.5", "0.999", "1", "5", "5.001", "5.0000001", "6",
        "NaN", "Infinity", "１", "900000000", "999999999", "4000000000000", "employer", "未知"};

    @Test
    void everyShapeInEveryColumnReadsFromTheBytesAsFromTheText() throws IOException {
        for (int column = 0; column < COLUMNS.length; column++) {
            for (String shape : SHAPES) {
                String[] odd = GOOD.clone();
                odd[column] = shape;
                String text = file(odd, "\n");
                compare(text, COLUMNS[column] + "=[" + shape + "]");
                compare(file(odd, "\r\n"), COLUMNS[column] + "=[" + shape + "] CRLF");
            }
        }
    }

    @Test
    void theSameValueWrittenOtherwiseReadsAsItsPlainForm() throws IOException {
        String[][] forms = {{"difficulty", "5e0", "5"}, {"difficulty", "3.000", "3"}, {"weight", "1e0", "1"},
            {"vacancies", " 4 ", "4"}, {"vacancies", "\"4\"", "4"}, {"hires", "2.0", "2"}, {"days_to_fill", "3e1", "30"},
            {"offered_salary", "1.2e4", "12000"}};
        for (String[] form : forms) {
            String[] row = GOOD.clone();
            int column = List.of(COLUMNS).indexOf(form[0]);
            row[column] = form[2];
            SurveyAggregate expected = bytes(file(row, "\n"), 1, 0);
            row[column] = form[1];
            SurveyAggregate actual = bytes(file(row, "\n"), 1, 0);
            ParallelAggregationProperties.assertSame(expected, actual);
        }
    }

    @Test
    void refusedShapesAreLocatedAtTheirCell() throws IOException {
        String[][] refused = {{"difficulty", "6"}, {"difficulty", "5.0000001"}, {"difficulty", "0.5"}, {"weight", "0"},
            {"weight", "-1"}, {"vacancies", ""}, {"applicants", ""}, {"hires", ""}, {"vacancies", "很多"},
            {"days_to_fill", "abc"}, {"offered_salary", "abc"}, {"weight", "abc"}, {"respondent_id", " "},
            {"respondent_type", "未知"}, {"hires", "-1"}};
        for (String[] cell : refused) {
            String[] row = GOOD.clone();
            int column = List.of(COLUMNS).indexOf(cell[0]);
            row[column] = cell[1];
            String text = file(row, "\n");
            Object outcome = outcome(text, 1, 0);
            String message = assertInstanceOf(String.class, outcome, cell[0] + "=" + cell[1]);
            // the odd row is the third record, on line 4; the column is where its cell starts
            assertEquals("s.csv:4:" + columnOf(row, column), message.substring(0, message.indexOf(": ")), message);
        }
    }

    @Test
    void aBlankPositionWithABlankNameIsRefusedAsTheTextRefusesIt() throws IOException {
        String[] row = GOOD.clone();
        row[2] = "";
        row[3] = " ";
        String text = file(row, "\n");
        ScoringException e = assertThrows(ScoringException.class, () -> SurveyData.read(new StringReader(text), "s.csv"));
        assertEquals(e.getMessage(), outcome(text, 1, 0));
        row[3] = "自由文本岗位";
        SurveyAggregate titleOnly = bytes(file(row, "\n"), 1, 0);
        assertEquals(1, titleOnly.titleOnlyRowCount());
        assertEquals(3, titleOnly.rowCount());
    }

    private static int columnOf(String[] row, int column) {
        int at = 1;
        for (int i = 0; i < column; i++) {
            at += row[i].length() + 1;
        }
        return at;
    }

    /** Three good rows, the odd one third, and a blank line before the last. */
    private static String file(String[] odd, String eol) {
        String good = String.join(",", GOOD);
        return HEADER + eol + good + eol + good.replace("R1", "R2") + eol + String.join(",", odd) + eol + eol
                + good.replace("P1", "P2") + eol;
    }

    private static void compare(String text, String what) throws IOException {
        Object expected;
        try {
            expected = SurveyAggregation.aggregate(new StringReader(text), "s.csv");
        } catch (ScoringException e) {
            expected = e.getMessage();
        }
        for (int[] run : new int[][] {{1, 0}, {2, 16}}) {
            Object actual = outcome(text, run[0], run[1]);
            if (expected instanceof SurveyAggregate e && actual instanceof SurveyAggregate a) {
                ParallelAggregationProperties.assertSame(e, a);
            } else {
                assertEquals(expected, actual, what);
            }
        }
    }

    private static SurveyAggregate bytes(String text, int parallelism, int chunkSize) throws IOException {
        return assertInstanceOf(SurveyAggregate.class, outcome(text, parallelism, chunkSize));
    }

    /** The aggregate of the file's bytes, or the refusal's message. */
    static Object outcome(String text, int parallelism, int chunkSize) throws IOException {
        Path dir = Files.createTempDirectory("shapes");
        Path file = dir.resolve("s.csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            SurveyAggregation.Builder b = SurveyAggregation.builder().parallelism(parallelism);
            if (chunkSize > 0) {
                b.chunkSize(chunkSize);
            }
            try {
                return b.build().aggregate(file);
            } catch (ScoringException e) {
                return e.getMessage();
            }
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }
}
