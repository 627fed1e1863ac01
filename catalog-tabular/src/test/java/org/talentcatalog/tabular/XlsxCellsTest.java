package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/**
 * Cells an XLSX can hold that are not plain values: each is read as spreadsheets show it, or is an
 * error at its cell; none is read as empty or merged into another. Workbooks are built from their XML
 * parts here, so every case is exactly what the test says.
 */
class XlsxCellsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String HEADER = "<row r=\"1\">" + inline("A1", "岗位编号") + inline("B1", "岗位名称") + inline("C1", "产业类别")
            + inline("D1", "岗位类别") + inline("E1", "学历要求") + "</row>";

    @TempDir
    Path dir;

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A position row whose name cell (B2) is {@code nameCell}. */
    static String row(String nameCell) {
        return "<row r=\"2\">" + inline("A2", "IC-1") + nameCell + inline("C2", "集成电路") + inline("D2", "应用技术类")
                + inline("E2", "硕士") + "</row>";
    }

    /** A workbook with one sheet 岗位 holding {@code rows}, and a shared-string table when {@code sst} is given. */
    private Path workbook(String rows, @Nullable String sst) throws IOException {
        return workbook(HEADER, rows, sst);
    }

    /** A workbook with one sheet 岗位 holding a header row and {@code rows}. */
    private Path workbook(String header, String rows, @Nullable String sst) throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sst == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"岗位\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sst == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + header + rows
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

    private static Issue at(CatalogDocument doc, String cell) {
        List<Issue> found = doc.problems().stream().filter(p -> cell.equals(p.cell())).toList();
        assertEquals(1, found.size(), doc.problems()::toString);
        return found.get(0);
    }

    private static String name(CatalogDocument doc) {
        return doc.tree().at("/positions/0/name/zh").asText();
    }

    @Test
    void aSharedStringIndexBeyondTheTableIsAnErrorAtItsCell() throws IOException {
        CatalogDocument doc = CatalogTables.standard().read(workbook(row("<c r=\"B2\" t=\"s\"><v>5</v></c>"),
                "<si><t>设计工程师</t></si><si><t>封装工程师</t></si>"));
        Issue i = at(doc, "岗位!B2");
        assertEquals(Severity.ERROR, i.severity());
        assertEquals("read:cell", i.rule());
        assertEquals("/positions/0/name/zh", i.pointer());
        assertEquals("the cell refers to shared string 5 but the shared-string table has only 2 items; not read",
                i.message(Locale.ENGLISH));
    }

    @Test
    void anUnreadableHeaderCellIsReportedAsSuch() throws IOException {
        Path file = workbook("<row r=\"1\">" + inline("A1", "岗位编号") + "<c r=\"B1\" t=\"s\"><v>3</v></c>" + inline("C1", "产业类别")
                + inline("D1", "岗位类别") + inline("E1", "学历要求") + "</row>", "", "<si><t>岗位名称</t></si>");
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals("the cell refers to shared string 3 but the shared-string table has only 1 items; not read",
                at(doc, "岗位!B1").message(Locale.ENGLISH));
    }

    @Test
    void aHugeSharedStringIndexIsAnErrorNotAnAllocation() throws IOException {
        Path file = workbook(row("<c r=\"B2\" t=\"s\"><v>2000000000</v></c>"), "<si><t>设计工程师</t></si>");
        CatalogDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CatalogTables.standard().read(file));
        assertEquals("read:cell", at(doc, "岗位!B2").rule());
    }

    @Test
    void aSharedStringWithoutATableIsAnErrorAtItsCell() throws IOException {
        CatalogDocument doc = CatalogTables.standard().read(workbook(row("<c r=\"B2\" t=\"s\"><v>0</v></c>"), null));
        Issue i = at(doc, "岗位!B2");
        assertEquals("read:cell", i.rule());
        assertEquals("单元格引用共享字符串 0，但工作簿没有共享字符串表，未读取", i.message(Locale.CHINESE));
    }

    @Test
    void twoCellsWithOneReferenceAreAnErrorAndNeitherIsRead() throws IOException {
        CatalogDocument doc = CatalogTables.standard().read(workbook(row(inline("B2", "设计工程师") + inline("B2", "封装工程师")), null));
        Issue i = at(doc, "岗位!B2");
        assertEquals("read:cell", i.rule());
        assertEquals("two cells of one row have the reference B2; neither was read", i.message(Locale.ENGLISH));
        assertTrue(doc.tree().at("/positions/0/name/zh").isMissingNode(), doc.tree()::toString);
    }

    @Test
    void phoneticRunsAreNotPartOfTheText() throws IOException {
        String phonetic = "<rPh sb=\"0\" eb=\"2\"><t>ジンコウチノウ</t></rPh><phoneticPr fontId=\"1\"/>";
        CatalogDocument shared = CatalogTables.standard().read(workbook(row("<c r=\"B2\" t=\"s\"><v>0</v></c>"),
                "<si><r><t>人工</t></r><r><rPr><b/></rPr><t>智能</t></r>" + phonetic + "</si>"));
        assertEquals("人工智能", name(shared));
        CatalogDocument inline = CatalogTables.standard().read(workbook(row(
                "<c r=\"B2\" t=\"inlineStr\"><is><t>人工智能</t>" + phonetic + "</is></c>"), null));
        assertEquals("人工智能", name(inline));
    }

    @Test
    void aLoneSurrogateEscapeIsAnErrorAtItsCellAndAPairIsOneCharacter() throws IOException {
        CatalogDocument lone = CatalogTables.standard().read(workbook(row(inline("B2", "_xD800_集成电路")), null));
        Issue i = at(lone, "岗位!B2");
        assertEquals(Severity.ERROR, i.severity());
        assertTrue(i.message(Locale.ENGLISH).startsWith("the text holds an unpaired UTF-16 surrogate \\uD800"), i.message(Locale.ENGLISH));
        assertTrue(lone.tree().at("/positions/0/name/zh").isMissingNode(), "nothing merged into a neighbour");
        CatalogDocument sharedLone = CatalogTables.standard().read(workbook(row("<c r=\"B2\" t=\"s\"><v>0</v></c>"),
                "<si><t>集成_xDC00_</t></si>"));
        assertEquals("read:cell", at(sharedLone, "岗位!B2").rule());
        CatalogDocument pair = CatalogTables.standard().read(workbook(row(inline("B2", "_xD842__xDFB7_集成")), null));
        assertEquals("\uD842\uDFB7集成", name(pair));
    }

    @Test
    void aReferenceBeyondTheLastColumnRefusesTheWorkbook() throws IOException {
        Path file = workbook(row(inline("B2", "x") + inline("AAAAAAA2", "y")), null);
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().read(file));
        assertEquals("read:cellReference", e.issue().rule());
        assertTrue(e.issue().message(Locale.ENGLISH).contains("AAAAAAA2"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void aSharedFormulaNamesItsOwnCellsFormula() throws IOException {
        String rows = "<row r=\"2\">" + inline("A2", "IC-1") + inline("B2", "设计") + inline("C2", "集成电路") + inline("D2", "应用技术类")
                + "<c r=\"E2\" t=\"str\"><f t=\"shared\" ref=\"E2:E3\" si=\"0\">B2&amp;\"硕士\"</f><v>硕士</v></c></row>"
                + "<row r=\"3\">" + inline("A3", "IC-2") + inline("B3", "封装") + inline("C3", "集成电路") + inline("D3", "应用技术类")
                + "<c r=\"E3\" t=\"str\"><f t=\"shared\" si=\"0\"/><v>硕士</v></c></row>";
        CatalogDocument doc = CatalogTables.standard().read(workbook(rows, null));
        assertEquals("a formula cell (=B3&\"硕士\"): its cached value is used", at(doc, "岗位!E3").message(Locale.ENGLISH));
    }

    @Test
    void aPlainTableRefusesAnUnreadableCellAtItsCellInsteadOfReadingItAsEmpty() throws IOException {
        // An error value, a shared string the workbook lacks, a lone surrogate: none may become "".
        for (String[] c : new String[][] {
                {"<c r=\"B2\" t=\"e\"><v>#DIV/0!</v></c>", "#DIV/0!"},
                {"<c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", "#DIV/0!"},
                {"<c r=\"B2\" t=\"s\"><v>7</v></c>", "shared string 7"},
                {inline("B2", "_xD800_集成"), "D800"}}) {
            Path file = workbook(row(c[0]), c[1].startsWith("shared") ? "<si><t>设计工程师</t></si>" : null);
            TabularException e = assertThrows(TabularException.class, () -> PlainTables.read(file, TableLimits.defaults()), c[0]);
            assertEquals("岗位!B2", e.issue().cell(), c[0]);
            assertEquals(Severity.ERROR, e.issue().severity());
            assertEquals("read:cell", e.issue().rule());
            assertTrue(e.issue().message(Locale.ENGLISH).contains(c[1]), e.issue().message(Locale.ENGLISH));
        }
        // the readable cells of the same rows are read as before
        PlainTables.Table t = PlainTables.read(workbook(row(inline("B2", "设计工程师")), null), TableLimits.defaults());
        assertEquals("设计工程师", t.rows().get(1).cell(1));
    }
}
