package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which sheets of a workbook are read (the positions and catalog sheets by their Chinese or English
 * names, else by their place), and merged cells: the value of a vertical range fills the cells below
 * it to its last row, also beyond the cells a row has; a horizontal range fills nothing.
 */
class XlsxSheetsAndMergesTest {

    private static final List<String> HEADER = List.of("岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求");
    private static final List<String> POSITION = List.of("A1", "工程师", "集成电路", "应用技术类", "本科");

    @TempDir
    Path dir;

    /** A sheet's content: its name and rows of text. */
    private record Sheet(String name, List<List<String>> rows) {
    }

    private static Sheet positions(String name) {
        return new Sheet(name, List.of(HEADER, POSITION));
    }

    private static Sheet info(String name, String id) {
        return new Sheet(name, List.of(List.of("目录编号", id)));
    }

    private Path workbook(Sheet... sheets) throws IOException {
        Path file = dir.resolve("s.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Sheet s : sheets) {
                Worksheet ws = wb.newWorksheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    for (int c = 0; c < s.rows().get(r).size(); c++) {
                        ws.value(r, c, s.rows().get(r).get(c));
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void thePositionsAndCatalogSheetsAreFoundByTheirNamesInEitherLanguageWhereverTheyAre() throws IOException {
        CatalogDocument english = CatalogTables.standard().read(workbook(new Sheet("说明", List.of(List.of("请先阅读"))),
                info("Catalog", "sh-en"), positions("Positions")));
        assertEquals("工程师", english.tree().at("/positions/0/name/zh").asText());
        assertEquals("sh-en", english.tree().at("/id").asText());
        assertEquals("Catalog!B1", english.locate("/id"));
        CatalogDocument chinese = CatalogTables.standard().read(workbook(info("目录信息", "sh-zh"), positions("岗位")));
        assertEquals("sh-zh", chinese.tree().at("/id").asText());
        assertEquals("岗位!B2", chinese.locate("/positions/0/name/zh"));
        assertEquals("Positions", PlainTables.read(workbook(new Sheet("说明", List.of(List.of("请先阅读"))), positions("Positions")),
                TableLimits.defaults()).sheet());
    }

    @Test
    void otherwiseThePositionsAreTheFirstSheetAndTheCatalogTheFirstOtherOne() throws IOException {
        CatalogDocument unnamed = CatalogTables.standard().read(workbook(positions("Sheet1"), info("Sheet2", "sh-2"), info("Sheet3", "sh-3")));
        assertEquals("工程师", unnamed.tree().at("/positions/0/name/zh").asText());
        assertEquals("sh-2", unnamed.tree().at("/id").asText());
        CatalogDocument positionsSecond = CatalogTables.standard().read(workbook(info("封面", "sh-cover"), positions("岗位")));
        assertEquals("sh-cover", positionsSecond.tree().at("/id").asText(), "the first sheet that is not the positions sheet");
        CatalogDocument alone = CatalogTables.standard().read(workbook(positions("岗位")));
        assertEquals(List.of("read:missingCatalogInfo"), alone.problems().stream().map(p -> p.rule()).toList());
    }

    /** The text rows of a one-sheet workbook with the given merged ranges (row1, col1, row2, col2, 0-based). */
    private List<String> merged(List<List<String>> rows, int[]... ranges) throws IOException {
        Path file = dir.resolve("m.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("表");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        ws.value(r, c, rows.get(r).get(c));
                    }
                }
            }
            for (int[] m : ranges) {
                ws.range(m[0], m[1], m[2], m[3]).merge();
            }
            wb.finish();
        }
        List<String> out = new ArrayList<>();
        for (PlainTables.Row r : PlainTables.read(file, TableLimits.defaults()).rows()) {
            out.add(r.number() + ": " + String.join("|", r.cells()));
        }
        return out;
    }

    @Test
    void aVerticalRangeFillsItsValueDownToItsLastRowEvenBeyondARowsCells() throws IOException {
        List<List<String>> rows = List.of(List.of("a", "b", "x"), List.of("c"), List.of("d", "e"), List.of("f", "g", "h"));
        assertEquals(List.of("1: a|b|x", "2: c||x", "3: d|e|x", "4: f|g|h"), merged(rows, new int[] {0, 2, 2, 2}));
    }

    @Test
    void aHorizontalRangeFillsNothingAndARangeWithAnEmptyTopFillsNothing() throws IOException {
        List<List<String>> rows = List.of(List.of("a", "x", ""), List.of("b", "", ""), List.of("c"));
        List<String> read = merged(rows, new int[] {0, 1, 0, 2}, new int[] {1, 3, 2, 3});
        assertEquals("1: a|x", read.get(0).replaceAll("\\|+$", ""));
        assertEquals("2: b", read.get(1).replaceAll("\\|+$", ""));
        assertEquals("3: c", read.get(2).replaceAll("\\|+$", ""));
        assertFalse(read.get(1).contains("x"), read.toString());
    }
}
