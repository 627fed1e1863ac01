package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of cell a worksheet part can hold, read as text by {@link PlainTables} and {@link SheetRows}:
 * numbers as their decimal text, booleans as TRUE/FALSE, strings of every type, empty cells of every
 * shape, cells and rows placed by their order when they have no reference, and the elements a reader
 * must step over. Workbooks are built from their XML parts, so each case is exactly what the test says.
 */
class XlsxCellKindsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    /** A workbook with one sheet 表 holding {@code sheetData}, with the shared strings {@code sst} when given. */
    private Path workbook(String sheetData, @Nullable String sst) throws IOException {
        Path file = dir.resolve("k.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sst == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetData
                    + "</sheetData></worksheet>");
            if (sst != null) {
                entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">" + sst + "</sst>");
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The rows of the sheet as the plain-table reader gives them: "row: cell|cell|…". */
    private List<String> rows(String sheetData, @Nullable String sst) throws IOException {
        List<String> out = new ArrayList<>();
        for (PlainTables.Row r : PlainTables.read(workbook(sheetData, sst), TableLimits.defaults()).rows()) {
            out.add(r.number() + ": " + String.join("|", r.cells()));
        }
        return out;
    }

    @Test
    void numbersReadAsTheirDecimalTextWithoutATrailingPointZero() throws IOException {
        assertEquals(List.of("1: 3|100|3.50|2.5|1E-7|30|abc"), rows("<row r=\"1\"><c r=\"A1\"><v>3.0</v></c><c r=\"B1\" t=\"n\"><v>100.00</v></c>"
                + "<c r=\"C1\"><v>3.50</v></c><c r=\"D1\"><v> 2.5 </v></c><c r=\"E1\"><v>1E-7</v></c><c r=\"F1\"><v>30</v></c>"
                + "<c r=\"G1\"><v>abc</v></c></row>", null));
    }

    @Test
    void booleansReadAsTrueAndFalseAndOtherValuesAsWritten() throws IOException {
        assertEquals(List.of("1: TRUE|FALSE|TRUE||yes"), rows("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                + "<c r=\"C1\" t=\"b\"><v> 1 </v></c><c r=\"D1\" t=\"b\"/><c r=\"E1\" t=\"b\"><v>yes</v></c></row>", null));
    }

    @Test
    void stringsOfEveryTypeReadAsTheirText() throws IOException {
        assertEquals(List.of("1: 共享|内联|公式文本|2024-03-01T00:00:00"),
                rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>内联</t></is></c>"
                        + "<c r=\"C1\" t=\"str\"><v>公式文本</v></c><c r=\"D1\" t=\"d\"><v>2024-03-01T00:00:00</v></c></row>", "<si><t>共享</t></si>"));
    }

    @Test
    void emptyCellsOfEveryShapeReadAsEmptyAndTheRowsValuesStayInTheirColumns() throws IOException {
        assertEquals(List.of("1: ||||||x"), rows("<row r=\"1\"><c r=\"A1\"/><c r=\"B1\"><v></v></c><c r=\"C1\" t=\"s\"/>"
                + "<c r=\"D1\" t=\"s\"><v> </v></c><c r=\"E1\" t=\"inlineStr\"/><c r=\"F1\" t=\"str\"/><c r=\"G1\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
                "<si><t>不应读到</t></si>"));
    }

    @Test
    void aFormulaReadsAsItsCachedValueOfItsType() throws IOException {
        // A number as a number cell reads (4.0 as 4), a boolean as TRUE/FALSE, text as written.
        assertEquals(List.of("1: 2|4|4|2.50|TRUE|硕士|4.0|博士"), rows("<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f>A1*2</f><v>4</v></c>"
                + "<c r=\"C1\" t=\"n\"><f>A1*2</f><v>4.0</v></c><c r=\"D1\"><f>A1*1.25</f><v>2.50</v></c>"
                + "<c r=\"E1\" t=\"b\"><f>A1&gt;1</f><v>1</v></c>"
                + "<c r=\"F1\" t=\"str\"><f>\"硕\"&amp;\"士\"</f><v>硕士</v></c><c r=\"G1\" t=\"str\"><f>TEXT(A1*2,\"0.0\")</f><v>4.0</v></c>"
                + "<c r=\"H1\" t=\"inlineStr\"><f>\"博士\"</f><v>博士</v></c></row>",
                null));
    }

    @Test
    void cellsAndRowsWithoutAReferenceArePlacedByTheirOrder() throws IOException {
        assertEquals(List.of("1: a|b|c", "2: d||e", "3: f|g", "7: h"), rows(
                "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c><c t=\"inlineStr\"><is><t>c</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>d</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>e</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>f</t></is></c><c t=\"inlineStr\"><is><t>g</t></is></c></row>"
                        + "<row r=\"7\"><c t=\"inlineStr\"><is><t>h</t></is></c></row>", null));
    }

    @Test
    void elementsThatAreNoCellOrValueAreSteppedOver() throws IOException {
        assertEquals(List.of("1: 共享|x"), rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><extLst><ext uri=\"u\"><x>9</x></ext></extLst><v>0</v></c>"
                + "<extLst><ext uri=\"u\"><c r=\"Z1\"><v>7</v></c></ext></extLst><c r=\"B1\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
                "<si><t>共享</t></si>"));
    }

    @Test
    void cellsInColumnsZAndAaaAreRead() throws IOException {
        List<String> read = new ArrayList<>();
        SheetRows.read(workbook("<row r=\"1\"><c r=\"Z1\" t=\"inlineStr\"><is><t>z</t></is></c><c r=\"AAA1\" t=\"inlineStr\"><is><t>aaa</t></is></c>"
                + "<c r=\"XFD1\" t=\"inlineStr\"><is><t>last</t></is></c></row>", null), TableLimits.defaults(), (sheet, row, cells) -> {
                    read.add(cells.get(25));
                    read.add(cells.get(702));
                    read.add(cells.get(16_383));
                    read.add(String.valueOf(cells.size()));
                });
        assertEquals(List.of("z", "aaa", "last", "16384"), read);
    }

    @Test
    void aLowerCaseReferenceIsRefusedAtItsCellNamingIt() throws IOException {
        Path file = workbook("<row r=\"1\"><c r=\"b1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", null);
        TabularException e = assertThrows(TabularException.class, () -> PlainTables.read(file, TableLimits.defaults()));
        assertEquals("表!b1", e.issue().cell());
        assertTrue(e.issue().message(Locale.ENGLISH).contains("b1"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void theLastSharedStringIsReadAndOneBeyondItIsAnError() throws IOException {
        String sst = "<si><t>一</t></si><si><t>二</t></si>";
        assertEquals(List.of("1: 二"), rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>", sst));
        TabularException e = assertThrows(TabularException.class, () -> rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>", sst));
        assertEquals("表!A1", e.issue().cell());
        assertEquals("the cell refers to shared string 2 but the shared-string table has only 2 items; not read",
                e.issue().message(Locale.ENGLISH));
        TabularException negative = assertThrows(TabularException.class, () -> rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>", sst));
        assertTrue(negative.issue().message(Locale.ENGLISH).contains("shared string -1"), negative.issue().message(Locale.ENGLISH));
    }
}
