package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    /** {@code prefix}, then {@code filler} without end: a generated stream, like /dev/zero. */
    static InputStream endless(String prefix, byte filler) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < head.length ? head[at++] & 0xFF : filler & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }

    private static CsvReader strict(String text) {
        return CsvReader.builder().source("t.csv").read(new StringReader(text));
    }

    static List<List<String>> all(CsvReader csv) {
        List<List<String>> out = new ArrayList<>();
        while (csv.next()) {
            out.add(Arrays.asList(csv.fields()));
        }
        return out;
    }

    @Test
    void saysWhichCellsWereQuoted() {
        CsvReader csv = strict("a,\" b \",,\"\"\n");
        assertTrue(csv.next());
        assertEquals(List.of("a", " b ", "", ""), Arrays.asList(csv.fields()));
        assertFalse(csv.quoted(0));
        assertTrue(csv.quoted(1));
        assertFalse(csv.quoted(2));
        assertTrue(csv.quoted(3));
        assertFalse(csv.quoted(4), "a cell the record does not have");
    }

    @Test
    void saysWhichCellsWereQuotedBeyondTheFirstSixteen() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            line.append(i == 0 ? "" : ",").append(i % 3 == 0 ? "\"q\"" : "u");
        }
        CsvReader csv = strict(line + "\nx\n");
        assertTrue(csv.next());
        for (int i = 0; i < 40; i++) {
            assertEquals(i % 3 == 0, csv.quoted(i), "cell " + i);
        }
        assertTrue(csv.next());
        assertFalse(csv.quoted(0), "a new record forgets the last one's quotes");
    }

    @Test
    void readsRfc4180RecordsWithTheirPlaces() {
        CsvReader csv = strict("\uFEFFid,名称\r\n1,\"a,\"\"b\"\"\r\nc\"\n\n2,\n");
        assertTrue(csv.next());
        assertEquals(List.of("id", "名称"), Arrays.asList(csv.fields()));
        assertEquals("t.csv:1:4", csv.location(1), "the byte order mark takes no column");
        assertTrue(csv.next());
        assertEquals("a,\"b\"\r\nc", csv.field(1), "line breaks inside quotes are kept as they are");
        assertEquals(2, csv.line());
        assertEquals(2, csv.row());
        assertEquals("t.csv:2:3", csv.location(1));
        assertTrue(csv.next());
        assertEquals(List.of("2", ""), Arrays.asList(csv.fields()));
        assertEquals(5, csv.line(), "the empty line is skipped");
        assertEquals(4, csv.row(), "a spreadsheet shows the record on row 4: the empty line is row 3");
        assertEquals("", csv.field(7), "a missing cell is empty");
        assertEquals("t.csv:5", csv.location(7));
        assertFalse(csv.next());
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsAnErrorAtTheOpeningQuote() {
        CsvReader csv = strict("a,b\n1,\"two\n3,4\n5,6\n");
        assertTrue(csv.next());
        CsvException e = assertThrows(CsvException.class, csv::next);
        assertEquals(CsvException.Problem.UNCLOSED_QUOTE, e.problem());
        assertEquals("t.csv:2:3", e.location());
        assertEquals(2, e.row());
        assertEquals(1, e.field());
        assertEquals("quoted cell is not closed", e.text().en());
        assertEquals("t.csv:2:3: 引号未闭合的单元格", e.getMessage());
        CsvReader lenient = CsvReader.builder().lenientQuotes(true).skipLongCells(true).read(new StringReader("\"x"));
        assertEquals(CsvException.Problem.UNCLOSED_QUOTE, assertThrows(CsvException.class, lenient::next).problem());
    }

    @Test
    void strayQuotesAreErrorsUnlessLenient() {
        assertEquals("t.csv:1:4", assertThrows(CsvException.class, () -> all(strict("a,b\"c"))).location());
        assertEquals(CsvException.Problem.AFTER_CLOSING_QUOTE, assertThrows(CsvException.class, () -> all(strict("\"a\"b"))).problem());
        CsvReader lenient = CsvReader.builder().lenientQuotes(true).read(new StringReader("5\",\"a\"b\"c,\"\"\n"));
        assertEquals(List.of(List.of("5\"", "ab\"c", "")), all(lenient));
    }

    @Test
    void aLongCellIsAnErrorAtTheCellOrSkipped() {
        CsvLimits limits = new CsvLimits(5, 100);
        CsvException e = assertThrows(CsvException.class,
                () -> all(CsvReader.builder().source("t.csv").limits(limits).read(new StringReader("a,123456,b"))));
        assertEquals("t.csv:1:3", e.location());
        assertEquals("the cell is longer than 5 characters", e.text().en());
        CsvException quoted = assertThrows(CsvException.class,
                () -> all(CsvReader.builder().limits(limits).read(new StringReader("a,\"123456\""))));
        assertTrue(quoted.text().en().endsWith("(is a quote not closed?)"));

        CsvReader skipping = CsvReader.builder().limits(limits).skipLongCells(true)
                .read(new StringReader("a,123456,\"1234,56\",12345\nb\n"));
        assertTrue(skipping.next());
        assertEquals(List.of("a", "", "", "12345"), Arrays.asList(skipping.fields()));
        assertFalse(skipping.skipped(0));
        assertTrue(skipping.skipped(1));
        assertTrue(skipping.skipped(2));
        assertFalse(skipping.skipped(3));
        assertTrue(skipping.next());
        assertEquals("b", skipping.field(0));
    }

    @Test
    void aMillionColumnsStopAtTheColumnLimit() {
        String header = "c,".repeat(1_000_000) + "c\n";
        CsvException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(CsvException.class, () -> all(strict(header))));
        assertEquals(CsvException.Problem.TOO_MANY_COLUMNS, e.problem());
        assertEquals(CsvLimits.DEFAULT_MAX_COLUMNS, e.field());
        assertEquals("t.csv:1:" + (2 * CsvLimits.DEFAULT_MAX_COLUMNS + 1), e.location());
        assertEquals("the record has more than 16384 columns", e.text().en());
        assertEquals(List.of(List.of("a", "b")), all(CsvReader.builder().limits(CsvLimits.defaults().withMaxColumns(2))
                .read(new StringReader("a,b"))));
    }

    @Test
    void endlessInputStopsAtALimitWithoutHoldingIt() {
        // NUL bytes, as /dev/zero gives: ASCII, so the character set is never decided, and no line end.
        CsvException zeros = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(CsvException.class, () -> all(CsvReader.builder().source("zero").read(endless("", (byte) 0)))));
        assertEquals(CsvException.Problem.CELL_TOO_LONG, zeros.problem());
        assertEquals("zero:1:1", zeros.location());
        CsvException cells = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(CsvException.class, () -> all(CsvReader.builder().read(endless("a\n", (byte) ',')))));
        assertEquals(CsvException.Problem.TOO_MANY_COLUMNS, cells.problem());
        CsvException record = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(CsvException.class,
                () -> all(CsvReader.builder().limits(new CsvLimits(1000, 4000)).read(endless("a\n", (byte) 'x')))));
        assertEquals(CsvException.Problem.CELL_TOO_LONG, record.problem());
        CsvException quote = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(CsvException.class, () -> all(CsvReader.builder().read(endless("a,\"", (byte) '\n')))));
        assertEquals(CsvException.Problem.CELL_TOO_LONG, quote.problem());
        assertEquals(":1:3", quote.location());
    }

    @Test
    void aRecordLongerThanItsLimitIsAnErrorAtTheRecord() {
        CsvReader csv = CsvReader.builder().source("t.csv").limits(new CsvLimits(10, 100))
                .read(new StringReader("a,b\n1,2\n" + "1,".repeat(60) + "\n"));
        assertTrue(csv.next());
        assertTrue(csv.next());
        CsvException e = assertThrows(CsvException.class, csv::next);
        assertEquals("t.csv:3", e.location());
        assertNull(e.column());
        assertEquals("the record is longer than 100 characters", e.text().en());
    }

    @Test
    void detectsTheCharacterSetOfBytesAndLocatesBytesThatDoNotDecode() {
        byte[] gb = "编号,名称\n1,集成电路\n".getBytes(TextEncoding.GB18030);
        CsvReader csv = CsvReader.builder().read(new ByteArrayInputStream(gb));
        assertEquals(List.of(List.of("编号", "名称"), List.of("1", "集成电路")), all(csv));
        assertEquals(TextEncoding.GB18030, csv.charset());
        assertNull(CsvReader.builder().read(new StringReader("a")).charset());

        byte[] utf8 = ("a,b\n" + "名".repeat(70) + ",x\n1,\u00ff").getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 1] = (byte) 0xC3; // a lead byte at the end of the input
        CsvReader bad = CsvReader.builder().source("b.csv").read(new ByteArrayInputStream(utf8));
        CsvException e = assertThrows(CsvException.class, () -> all(bad));
        assertEquals(CsvException.Problem.UNDECODABLE, e.problem());
        assertEquals("b.csv:3:3", e.location());
        assertEquals(StandardCharsets.UTF_8, bad.charset());
    }

    @Test
    void aGivenCharacterSetIsUsed() {
        byte[] gb = "名称\n集成电路\n".getBytes(TextEncoding.GB18030);
        CsvReader csv = CsvReader.builder().charset(TextEncoding.GB18030).read(new ByteArrayInputStream(gb));
        assertEquals(List.of(List.of("名称"), List.of("集成电路")), all(csv));
        assertEquals(TextEncoding.GB18030, csv.charset());
    }

    @Test
    void aFileIsNamedByItsFileNameUnlessASourceIsGiven(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("样本.csv"), "a,b\n");
        CsvReader.Builder builder = CsvReader.builder();
        try (CsvReader csv = builder.open(file)) {
            assertTrue(csv.next());
            assertEquals("样本.csv:1:3", csv.location(1));
        }
        try (CsvReader csv = builder.read(new StringReader("x"))) {
            assertTrue(csv.next());
            assertEquals(":1:1", csv.location(0), "opening a file did not change the builder");
        }
        try (CsvReader csv = CsvReader.builder().source("given").open(file)) {
            assertTrue(csv.next());
            assertEquals("given:1:1", csv.location(0));
        }
    }

    @Test
    void cellsAreRangesOfOneArray() {
        CsvReader csv = strict("ab,\"c\"\"d\"");
        assertTrue(csv.next());
        assertEquals("ab", new String(csv.chars(), csv.start(0), csv.end(0) - csv.start(0)));
        assertEquals("c\"d", new String(csv.chars(), csv.start(1), csv.end(1) - csv.start(1)));
        assertEquals(0, csv.end(2) - csv.start(2));
        assertEquals(1, csv.column(0));
        assertEquals(4, csv.column(1));
        assertArrayEquals(new String[] {"ab", "c\"d"}, csv.fields());
    }
}
