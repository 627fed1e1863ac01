package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain tables: CSV and XLSX read alike, placed by cell, bounded; rows written to XLSX read back. */
class PlainTablesTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenSheetReadsBackWithItsPlaces() throws Exception {
        Path xlsx = dir.resolve("t.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            PlainTables.writeXlsx(out, "意见", List.of("序号", "意见内容"), List.of(
                    Arrays.asList("1", "建议增加岗位"), Arrays.asList(null, null), Arrays.asList(2, "=HYPERLINK(\"x\")")));
        }
        PlainTables.Table t = PlainTables.read(xlsx, TableLimits.defaults());
        assertEquals("意见", t.sheet());
        assertEquals(List.of(1, 2, 4), t.rows().stream().map(PlainTables.Row::number).toList(), "the blank row is left out");
        assertEquals("建议增加岗位", t.rows().get(1).cell(1));
        assertEquals("=HYPERLINK(\"x\")", t.rows().get(2).cell(1), "text that looks like a formula reads back as written");
        assertEquals("", t.rows().get(1).cell(7));
        assertEquals("意见!B4", t.place(t.rows().get(2), 1));
    }

    @Test
    void aCsvFileInGb18030ReadsWithLineAndColumn() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "序号,意见内容\n\n1,建议\n", Charset.forName("GB18030"));
        PlainTables.Table t = PlainTables.read(csv, TableLimits.defaults());
        assertEquals(null, t.sheet());
        assertEquals("建议", t.rows().get(1).cell(1));
        assertEquals("t.csv:3:2", t.place(t.rows().get(1), 1));
    }

    @Test
    void tooManyRowsAndFilesThatAreNoTableAreRefused() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "a,b\n1,2\n3,4\n");
        TableLimits two = new TableLimits(1 << 20, 10, 1 << 20, 1 << 20, 100, 100, 2);
        TabularException e = assertThrows(TabularException.class, () -> PlainTables.read(csv, two));
        assertEquals("the table has more than 2 rows", e.issue().message(Locale.ENGLISH));
        Path json = dir.resolve("t.json");
        Files.writeString(json, "{}");
        e = assertThrows(TabularException.class, () -> PlainTables.read(json, TableLimits.defaults()));
        assertEquals("不是 CSV 或 XLSX 表格", e.issue().message(Locale.CHINESE));
        Path pdf = dir.resolve("t.pdf");
        Files.writeString(pdf, "%PDF-1.4\n");
        e = assertThrows(TabularException.class, () -> PlainTables.read(pdf, TableLimits.defaults()));
        assertTrue(e.issue().unreadable());
    }

    @Test
    void rowsOfWhiteSpaceAreLeftOutOfCsvAndXlsxAlike() throws Exception {
        Path csv = dir.resolve("w.csv");
        Files.writeString(csv, "序号,意见内容\n , \n1,建议\n");
        PlainTables.Table t = PlainTables.read(csv, TableLimits.defaults());
        assertEquals(List.of(1, 3), t.rows().stream().map(PlainTables.Row::number).toList());
        Path xlsx = dir.resolve("w.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            PlainTables.writeXlsx(out, "意见", List.of("序号", "意见内容"), List.of(List.of(" ", "\t"), List.of("1", "建议")));
        }
        t = PlainTables.read(xlsx, TableLimits.defaults());
        assertEquals(List.of(1, 3), t.rows().stream().map(PlainTables.Row::number).toList());
        assertEquals("建议", t.rows().get(1).cell(1));
    }
}
