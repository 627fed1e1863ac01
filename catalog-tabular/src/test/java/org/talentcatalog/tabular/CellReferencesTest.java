package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cell or row reference beyond a worksheet is refused with one sentence naming it and its part,
 * before the spreadsheet library sizes a row by it (an overflowing column index, a row of millions of
 * cells, a row number that is no number); a damaged part is said in words, not by a parser's class.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CellReferencesTest {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    /** A workbook of one sheet whose rows are {@code rows} (the XML inside {@code <sheetData>}), after a header row. */
    private Path workbook(String rows, String afterData) throws IOException {
        return workbook(rows, afterData, "<?xml version=\"1.0\"?><workbook xmlns=\"" + NS
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"岗位\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    }

    private Path workbook(String rows, String afterData, String workbookXml) throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", workbookXml);
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>岗位编号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>岗位名称</t></is></c></row>"
                    + rows + "</sheetData>" + afterData + "</worksheet>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private TabularException refused(String rows, String afterData) throws IOException {
        Path file = workbook(rows, afterData);
        return assertThrows(TabularException.class, () -> CatalogTables.standard().read(file));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XFDZZZZZZ2|XFDZZZZZZ2",   // a column index that overflows int
        "ZZZZZZZ2|ZZZZZZZ2",       // one that does not, but would size a row of billions of cells
        "XFE2|XFE2",               // one past Excel's last column
        "B1048577|B1048577",       // one past the last row
        "B99999999999|B99999999999",
        "2C|2C",                   // no column letters
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ2|ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF…"})
    void aCellBeyondAWorksheetIsRefusedByItsReference(String reference, String shown) throws IOException {
        TabularException e = refused("<row r=\"2\"><c s=\"1\" t=\"inlineStr\" r=\"" + reference + "\"><is><t>x</t></is></c></row>", "");
        assertEquals("read:cellReference", e.issue().rule());
        assertTrue(e.issue().unreadable());
        assertEquals("xl/worksheets/sheet1.xml", e.issue().cell());
        assertEquals("单元格引用 " + shown + " 超出工作表范围：列应在 A 到 XFD 之间，行应在 1 到 1048576 之间", e.issue().message(Locale.CHINESE));
        assertEquals("the cell reference " + shown + " is outside a worksheet: columns run from A to XFD, rows from 1 to 1048576",
                e.issue().message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({"2C", "99999999999", "1048577", "0"})
    void aRowBeyondAWorksheetIsRefusedByItsNumber(String number) throws IOException {
        TabularException e = refused("<row r=\"" + number + "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>", "");
        assertEquals("read:cellReference", e.issue().rule());
        assertEquals("the row number " + number + " is outside a worksheet: rows run from 1 to 1048576",
                e.issue().message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({"B3:B99999999999, B99999999999", "ZZZZZZZ3:ZZZZZZZ5, ZZZZZZZ3"})
    void aMergedRangeBeyondAWorksheetIsRefused(String range, String shown) throws IOException {
        TabularException e = refused("", "<mergeCells count=\"1\"><mergeCell ref=\"" + range + "\"/></mergeCells>");
        assertEquals("单元格引用 " + shown + " 超出工作表范围：列应在 A 到 XFD 之间，行应在 1 到 1048576 之间", e.issue().message(Locale.CHINESE));
    }

    @Test
    void aCellUnderALongNamespacePrefixIsCheckedToo() throws IOException {
        TabularException e = refused("<row r=\"2\"><spreadsheet:c xmlns:spreadsheet=\"" + NS
                + "\" r=\"XFE2\" t=\"inlineStr\"><spreadsheet:is><spreadsheet:t>x</spreadsheet:t></spreadsheet:is></spreadsheet:c></row>", "");
        assertEquals("read:cellReference", e.issue().rule());
    }

    @Test
    void aDamagedPartIsSaidInWordsWithoutTheXmlParsersClassName() throws IOException {
        Path file = workbook("", "", "<?xml version=\"1.0\"?><workbook xmlns=\"" + NS + "\"><sheets><sheet name=\"岗");
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(file));
        assertEquals("read:notXlsx", e.issue().rule());
        String en = e.issue().message(Locale.ENGLISH);
        assertTrue(en.startsWith("the workbook is damaged and cannot be read (XML document structures must start and end"), en);
        assertTrue(en.contains("(1:"), en);
        assertFalse(en.contains("ParseError"), en);
        assertTrue(en.endsWith("): open it in Excel and save it as .xlsx again"), en);
        assertTrue(e.issue().message(Locale.CHINESE).startsWith("工作簿已损坏，无法读取（"), e.issue().message(Locale.CHINESE));
        assertFalse(en.contains("Exception"), en);
    }

    @Test
    void referencesWithinAWorksheetAreRead() throws IOException {
        Path file = workbook("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>P-1</t></is></c>"
                + "<x:c xmlns:x=\"" + NS + "\" rr=\"ZZZZZZZZ9\" r=\"B2\" t=\"inlineStr\"><is><t>工程师</t></is></x:c></row>"
                + "<row r=\"1048576\"><c r=\"XFD1048576\"/></row>", "");
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals("P-1", doc.tree().path("positions").path(0).path("id").asText());
        assertEquals("工程师", doc.tree().path("positions").path(0).path("name").path("zh").asText());
    }
}
