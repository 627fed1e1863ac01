package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.LocalizedText;

/**
 * Each problem of the positions table at its exact place, in a workbook ({@code sheet!cell}) and in a
 * CSV file ({@code cell}, whose row is the file's line when no cell spans lines), with its message.
 */
class TableProblemCellsTest {

    private static final List<String> HEADER = List.of("岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "岗位名称", "");
    private static final List<String> ROW = List.of("A1", "工程师", "集成电路", "应用技术类", "名校", "设计师", "多余");

    @TempDir
    Path dir;

    private CatalogDocument csv() throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, String.join(",", HEADER) + "\n" + String.join(",", ROW) + "\n", StandardCharsets.UTF_8);
        Files.writeString(CatalogTables.sideFileOf(file), "{\"positions\": [{}]}");
        return CatalogTables.standard().read(file);
    }

    private CatalogDocument xlsx() throws IOException {
        Path file = dir.resolve("p.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            for (int c = 0; c < HEADER.size(); c++) {
                if (!HEADER.get(c).isEmpty()) {
                    ws.value(1, c, HEADER.get(c));
                }
                ws.value(2, c, ROW.get(c));
            }
            wb.newWorksheet("目录信息").value(0, 0, "目录编号");
            wb.finish();
        }
        return CatalogTables.standard().read(file);
    }

    private static Issue at(CatalogDocument doc, String rule, String cell) {
        return doc.problems().stream().filter(p -> rule.equals(p.rule()) && cell.equals(p.cell())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " at " + cell + ": " + doc.problems()));
    }

    @Test
    void aDuplicateColumnIsAtItsSecondHeader() throws IOException {
        LocalizedText text = LocalizedText.of("列「岗位名称」重复：与第 B 列相同", "duplicate column '岗位名称': same as column B");
        assertEquals(text, at(csv(), "read:duplicateColumn", "F1").text());
        assertEquals(text, at(xlsx(), "read:duplicateColumn", "岗位!F2").text());
    }

    @Test
    void aCellUnderNoHeaderIsAtItsCell() throws IOException {
        LocalizedText text = LocalizedText.of("没有表头的列中有内容，不会被读取", "a cell under a column without header would be lost");
        assertEquals(text, at(csv(), "read:unknownColumn", "G2").text());
        assertEquals(text, at(xlsx(), "read:unknownColumn", "岗位!G3").text());
    }

    @Test
    void anUnreadableValueIsAtItsCellWithItsPointer() throws IOException {
        assertEquals("/positions/0/requirements/education", at(csv(), "read:value", "E2").pointer());
        assertEquals("/positions/0/requirements/education", at(xlsx(), "read:value", "岗位!E3").pointer());
    }

    @Test
    void aMissingRequiredColumnIsAtTheHeaderRow() throws IOException {
        Path file = dir.resolve("m.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            ws.value(3, 0, "岗位编号");
            ws.value(3, 1, "职业名称");
            wb.finish();
        }
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals(LocalizedText.of("缺少必需的列「产业类别」（Industry）", "missing required column '产业类别' (Industry)"),
                at(doc, "read:missingColumn", "岗位!4:4").text());
    }

    @Test
    void theSideFilesPositionsAreAtTheSideFile() throws IOException {
        Issue p = at(csv(), "read:sideFilePositions", "p.catalog.json");
        assertEquals("/positions", p.pointer());
        Path file = dir.resolve("q.csv");
        Files.writeString(file, "岗位编号,岗位名称\nA,B\n");
        Files.writeString(CatalogTables.sideFileOf(file), "[1]");
        assertEquals("", at(CatalogTables.standard().read(file), "read:sideFile", "q.catalog.json").pointer());
    }

    @Test
    void noHeaderRowIsNamedByTheSheetOrRefusedAfterTwentyRows() throws IOException {
        Path file = dir.resolve("n.csv");
        Files.writeString(file, "甲,乙\n1,2\n");
        assertEquals(1, CatalogTables.standard().readCsv(file, null).problems().stream().filter(p -> p.rule().equals("read:noHeader")).count());
        Files.writeString(file, "甲,乙\n".repeat(25));
        TabularException e = assertThrows(TabularException.class, () -> CatalogTables.standard().readCsv(file, null));
        assertEquals("read:noHeader", e.issue().rule());
    }

    @Test
    void aValueOfAnEmptyOrBrokenSideFileIsPlacedAtTheSideFileOrItsObject() throws IOException {
        Path file = dir.resolve("b.csv");
        Files.writeString(file, "岗位编号,岗位名称\nA,B\n");
        String[][] cases = {{"", "b.catalog.json"}, {"{\"id\": ", "b.catalog.json:1:1"}};
        for (String[] c : cases) {
            String side = c[0];
            Files.writeString(CatalogTables.sideFileOf(file), side);
            CatalogDocument doc = CatalogTables.standard().read(file);
            assertEquals(c[1], doc.locate("/title/zh"), side);
            assertEquals("B2", doc.locate("/positions/0/name/zh"), side);
        }
    }
}
