package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader at the edges of its limits, its quoting errors' places and records wider than its first arrays. */
class CsvReaderBoundsTest {

    private static CsvReader reader(CsvLimits limits, String text) {
        return CsvReader.builder().source("t.csv").limits(limits).read(new StringReader(text));
    }


    @Test
    void aCellOfExactlyTheLimitIsKeptQuotedOrNot() {
        CsvLimits limits = new CsvLimits(5, 100);
        assertEquals(List.of(List.of("12345", "1,345")), CsvReaderTest.all(reader(limits, "12345,\"1,345\"\n")));
        CsvException plain = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(limits, "a\n123456\n")));
        assertEquals("t.csv:2:1", plain.location());
        assertEquals(2, plain.row());
        assertEquals(0, plain.field());
        assertEquals("the cell is longer than 5 characters", plain.text().en());
        CsvException quoted = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(limits, "a,\"12\"\"456\"")));
        assertEquals("t.csv:1:3", quoted.location());
        assertEquals(1, quoted.field());
    }

    @Test
    void aRecordOfExactlyTheLimitIsKeptCountingOneCharacterACell() {
        // "ab,cd": 4 characters in 2 cells, 6 as the limit counts them
        assertEquals(List.of(List.of("ab", "cd")), CsvReaderTest.all(reader(new CsvLimits(10, 6), "ab,cd\n")));
        CsvException e = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(new CsvLimits(10, 6), "x\nab,cde\n")));
        assertEquals(CsvException.Problem.RECORD_TOO_LONG, e.problem());
        assertEquals("t.csv:2", e.location());
        assertNull(e.column());
        assertEquals(2, e.row());
        assertEquals("the record is longer than 6 characters", e.text().en());
        assertEquals("t.csv:2: 记录超过 6 个字符", e.getMessage());
        // empty cells count one each too: 5 cells are 5
        assertEquals(List.of(List.of("", "", "", "", "")), CsvReaderTest.all(reader(new CsvLimits(10, 5), ",,,,\n")));
        assertEquals(CsvException.Problem.RECORD_TOO_LONG,
                assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(new CsvLimits(10, 5), ",,,,,\n"))).problem());
    }

    @Test
    void aRecordOfExactlyTheColumnLimitIsKept() {
        CsvLimits three = CsvLimits.defaults().withMaxColumns(3);
        assertEquals(List.of(List.of("a", "b", "c")), CsvReaderTest.all(reader(three, "a,b,c")));
        CsvException e = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(three, "a,b,c,d")));
        assertEquals(CsvException.Problem.TOO_MANY_COLUMNS, e.problem());
        assertEquals("t.csv:1:7", e.location());
        assertEquals(3, e.field());
    }

    @Test
    void aCharacterAfterAClosingQuoteIsAnErrorWhereItIs() {
        CsvException e = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(CsvLimits.defaults(), "a,\"x\"y\n")));
        assertEquals(CsvException.Problem.AFTER_CLOSING_QUOTE, e.problem());
        assertEquals("t.csv:1:6", e.location());
        assertEquals("unexpected character after a closing quote", e.text().en());
        CsvException later = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(CsvLimits.defaults(), "id\n\"a\r\nb\"c")));
        assertEquals("t.csv:3:3", later.location(), "after a line break inside the quotes");
        assertEquals(2, later.row());
        CsvException quote = assertThrows(CsvException.class, () -> CsvReaderTest.all(reader(CsvLimits.defaults(), "id\r\n\"a\rb\",c\"d")));
        assertEquals(CsvException.Problem.QUOTE_IN_UNQUOTED, quote.problem());
        assertEquals("t.csv:3:5", quote.location(), "a lone CR ends a line inside quotes too");
        assertEquals("quote inside an unquoted cell", quote.text().en());
    }

    @Test
    void aQuotedCellMayEndTheInputOrBeFollowedByEitherLineEnd() {
        assertEquals(List.of(List.of("a", "b,c")), CsvReaderTest.all(reader(CsvLimits.defaults(), "a,\"b,c\"")));
        for (String end : List.of("\n", "\r", "\r\n")) {
            assertEquals(List.of(List.of("a", "b,c"), List.of("d")), CsvReaderTest.all(reader(CsvLimits.defaults(), "a,\"b,c\"" + end + "d")), end);
        }
    }

    @Test
    void emptyLinesOfEveryKindAreSkippedAndCountedAsRows() {
        CsvReader csv = reader(CsvLimits.defaults(), "\r\n\n\ra\r\r\nb");
        assertTrue(csv.next());
        assertEquals("a", csv.field(0));
        assertEquals(4, csv.row());
        assertEquals(4, csv.line());
        assertTrue(csv.next());
        assertEquals(6, csv.row());
        assertEquals(6, csv.line());
        assertFalse(csv.next());
        assertEquals(0, csv.size(), "no record after the end");
    }

    @Test
    void aWideRecordAndALongCellAreReadWhole() {
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            wide.add("c" + i);
        }
        String longCell = "长".repeat(5000);
        CsvReader csv = reader(CsvLimits.defaults(), String.join(",", wide) + "\n" + longCell + ",\"" + longCell + "\"\nx\n");
        assertTrue(csv.next());
        assertEquals(wide, Arrays.asList(csv.fields()));
        assertEquals("t.csv:1:" + (String.join(",", wide.subList(0, 99)).length() + 2), csv.location(99));
        assertTrue(csv.next());
        assertEquals(List.of(longCell, longCell), Arrays.asList(csv.fields()));
        assertEquals(5002, csv.column(1));
        assertTrue(csv.next());
        assertEquals(Collections.singletonList("x"), Arrays.asList(csv.fields()));
    }

    @Test
    void aSkippedCellStillCountsInItsRecordAndTheNextCellIsKept() {
        CsvReader csv = CsvReader.builder().limits(new CsvLimits(3, 100)).skipLongCells(true)
                .read(new StringReader("\"abcd\"\"e\",xyz,\"1234\"\n"));
        assertTrue(csv.next());
        assertEquals(List.of("", "xyz", ""), Arrays.asList(csv.fields()));
        assertEquals(List.of(true, false, true), List.of(csv.skipped(0), csv.skipped(1), csv.skipped(2)));
        assertEquals(0, csv.end(0) - csv.start(0));
        assertFalse(csv.skipped(3), "a missing cell was not skipped");
        assertEquals(0, csv.column(3));
        assertEquals(1, csv.line(3));
    }

    @Test
    void aCellAfterTheEndOfAShorterRecordIsMissingNotLeftFromTheRecordBefore() {
        CsvReader csv = CsvReader.builder().source("t.csv").limits(new CsvLimits(3, 100)).skipLongCells(true)
                .read(new StringReader("a,long,bb\nx\n"));
        assertTrue(csv.next());
        assertTrue(csv.skipped(1));
        assertTrue(csv.next());
        assertEquals(1, csv.size());
        assertEquals(List.of("x"), Arrays.asList(csv.fields()));
        for (int i = 1; i <= 2; i++) {
            assertEquals("", csv.field(i));
            assertEquals(0, csv.start(i));
            assertEquals(0, csv.end(i));
            assertEquals(0, csv.column(i));
            assertEquals(2, csv.line(i));
            assertFalse(csv.skipped(i));
            assertEquals("t.csv:2", csv.location(i));
        }
        assertEquals(1, csv.end(0) - csv.start(0));
    }

    @Test
    void limitsArePositiveAndCopiesChangeOneBound() {
        CsvLimits limits = new CsvLimits(5, 50, 7);
        assertEquals(new CsvLimits(9, 50, 7), limits.withMaxCellChars(9));
        assertEquals(new CsvLimits(5, 50, 2), limits.withMaxColumns(2));
        assertEquals(new CsvLimits(5, 50, CsvLimits.DEFAULT_MAX_COLUMNS), new CsvLimits(5, 50));
        assertEquals(new CsvLimits(32_767, 1 << 20, 16_384), CsvLimits.defaults());
        assertEquals(new CsvLimits(1, 1, 1), new CsvLimits(1, 1, 1), "one is the least bound");
        for (int[] bad : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}, {-1, 1, 1}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CsvLimits(bad[0], bad[1], bad[2]));
            assertEquals("CSV limits must be positive", e.getMessage());
        }
    }

    @Test
    void aSkippedCellGivesBackTheRoomItTookInTheRecord() {
        // the quoted cell reaches the record's bound (1 + 3 characters and 1 per cell) before it is too long and skipped
        CsvReader csv = CsvReader.builder().limits(new CsvLimits(3, 5)).skipLongCells(true).read(new StringReader("a,\"xxxx\"\nb\n"));
        assertTrue(csv.next());
        assertEquals(List.of("a", ""), Arrays.asList(csv.fields()));
        assertTrue(csv.skipped(1));
        assertTrue(csv.next());
        assertEquals("b", csv.field(0));
    }
}
