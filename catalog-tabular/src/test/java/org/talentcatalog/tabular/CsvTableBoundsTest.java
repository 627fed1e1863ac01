package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/** A CSV table that is broken or hostile ends in a located error, never a swallowed file, a hang or a full heap. */
class CsvTableBoundsTest {

    @TempDir
    Path dir;

    private CatalogDocument read(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, LocatedProblemsTest.HEADER + text, StandardCharsets.UTF_8);
        Files.writeString(CatalogTables.sideFileOf(file), LocatedProblemsTest.SIDE);
        return CatalogTables.standard().read(file);
    }

    private static Issue only(CatalogDocument doc, String rule) {
        List<Issue> found = doc.problems().stream().filter(p -> p.rule().equals(rule)).toList();
        assertEquals(1, found.size(), doc.problems()::toString);
        return found.get(0);
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsAnErrorAtTheOpeningQuote() throws IOException {
        CatalogDocument doc = read("1,A1,工程师,集成电路,应用技术类,本科,,★★,,\n"
                + "2,A2,\"设计师,集成电路,应用技术类,本科,,★,,\n"
                + "3,A3,测试员,集成电路,应用技术类,本科,,★,,\n");
        Issue quote = only(doc, "read:syntax");
        assertEquals(Severity.ERROR, quote.severity());
        assertEquals("C3", quote.cell());
        assertEquals(3, quote.line());
        assertEquals(6, quote.column());
        assertEquals("quoted cell is not closed (line 3, column 6 of the file)", quote.message(Locale.ENGLISH));
        assertEquals("引号未闭合的单元格（文件第 3 行第 6 列）", quote.message(Locale.CHINESE));
        assertFalse(quote.unreadable(), "the rows before it were read");
        assertTrue(doc.hasErrors());
        assertEquals(1, doc.tree().path("positions").size(), "the row before the quote, and no row swallowed into a cell");
    }

    @Test
    void spreadsheetQuotingIsStillRead() throws IOException {
        CatalogDocument doc = read("1,A1,\"工程师,\"\"高级\"\"\",集成电路,应用技术类,本科,,★★,,\n"
                + "2,A2,5\" 屏工程师,集成电路,应用技术类,本科,,★★,,\n"
                + "3,A3,\"高级\"工程师,集成电路,应用技术类,本科,,★★,,\n");
        assertEquals("工程师,\"高级\"", doc.tree().at("/positions/0/name/zh").asText());
        assertEquals("5\" 屏工程师", doc.tree().at("/positions/1/name/zh").asText(), "a quote inside an unquoted cell is text");
        assertEquals("高级工程师", doc.tree().at("/positions/2/name/zh").asText(), "text after a closing quote joins the cell");
        assertEquals(List.of(), doc.problems().stream().filter(p -> p.rule().equals("read:syntax")).toList());
    }

    @Test
    void aHeaderOfAMillionColumnsIsALocatedErrorNotAHang() throws IOException {
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, "岗位编号,岗位名称," + "x,".repeat(1_000_000) + "x\n");
        CatalogDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CatalogTables.standard().read(file));
        Issue wide = only(doc, "read:limit");
        assertEquals("XFE1", wide.cell());
        assertEquals(1, wide.line());
        assertEquals("the record has more than 16384 columns (line 1, column 32775 of the file)", wide.message(Locale.ENGLISH));
    }

    /** /dev/zero is a device: refused by name before a byte is read, with or without a small file limit. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void devZeroIsRefusedAsADevice() {
        Path zero = Path.of("/dev/zero");
        TableLimits small = new TableLimits(4L << 20, 1000, 1L << 30, 2L << 30, 200, 32_767, 1_000_000);
        for (CatalogTables tables : List.of(CatalogTables.builder().limits(small).build(), CatalogTables.standard())) {
            TabularException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThrows(TabularException.class, () -> tables.readCsv(zero, null)));
            assertEquals("read:io", e.issue().rule());
            assertTrue(e.issue().unreadable());
            assertEquals("/dev/zero: is a device, not a regular file; a regular file is expected", e.issue().message(Locale.ENGLISH));
        }
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefusedBySize() throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, LocatedProblemsTest.HEADER + "1,A1,工程师,集成电路,应用技术类,本科,,★★,,\n", StandardCharsets.UTF_8);
        long size = Files.size(file);
        TableLimits exact = TableLimits.defaults();
        exact = new TableLimits(size, exact.maxEntries(), exact.maxEntryBytes(), exact.maxTotalBytes(), exact.maxCompressionRatio(),
                exact.maxCellChars(), exact.maxRows());
        CatalogDocument doc = CatalogTables.builder().limits(exact).build().readCsv(file, null);
        assertEquals("A1", doc.tree().at("/positions/0/id").asText());
        TableLimits less = new TableLimits(size - 1, exact.maxEntries(), exact.maxEntryBytes(), exact.maxTotalBytes(),
                exact.maxCompressionRatio(), exact.maxCellChars(), exact.maxRows());
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.builder().limits(less).build().readCsv(file, null));
        assertEquals("read:limit", e.issue().rule());
        assertEquals("file too large: " + size + " bytes", e.issue().message(Locale.ENGLISH));
    }

    @Test
    void aSideFileWithAnEmptyListOfPositionsIsAccepted() throws IOException {
        Path file = dir.resolve("e.csv");
        Files.writeString(file, LocatedProblemsTest.HEADER + "1,A1,工程师,集成电路,应用技术类,本科,,★★,,\n", StandardCharsets.UTF_8);
        String side = LocatedProblemsTest.SIDE.strip();
        Files.writeString(CatalogTables.sideFileOf(file), side.substring(0, side.length() - 1) + ", \"positions\": []}");
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals(List.of(), doc.problems().stream().filter(p -> p.rule().startsWith("read:side")).toList(),
                "an empty list is what the writer leaves out");
        assertEquals(1, doc.tree().path("positions").size());
    }
}
