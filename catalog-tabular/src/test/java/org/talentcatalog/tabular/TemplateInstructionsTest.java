package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentcatalog.model.CatalogKind;

/**
 * The template's 填写说明 (Instructions) sheet as a person reads it: numbered steps that name the
 * workbook's sheets, then every column of the positions sheet and every item of the catalog sheet
 * with its meaning, the same meaning the catalog sheet's 说明 column gives.
 */
class TemplateInstructionsTest {

    @TempDir
    Path dir;

    /** The sheet names of a template: positions, catalog, instructions, lists. */
    private static List<String> sheetNames(HeaderLanguage language) {
        return language == HeaderLanguage.ENGLISH ? List.of("Positions", "Catalog", "Instructions", "Lists")
                : List.of("岗位", "目录信息", "填写说明", "选项");
    }

    private Path template(CatalogKind kind, HeaderLanguage language) throws IOException {
        Path file = dir.resolve(kind + "-" + language + ".xlsx");
        CatalogTemplate.of(kind, language).write(file);
        return file;
    }

    /** The rows of one column from a row down to the first empty cell (exclusive). */
    private static List<String> block(WorkbookSheet sheet, String column, int fromRow) {
        List<String> out = new ArrayList<>();
        for (int r = fromRow; !sheet.cell(column + r).isEmpty(); r++) {
            out.add(sheet.cell(column + r));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(HeaderLanguage.class)
    void startsWithNumberedStepsThatNameTheSheetsToFillAndTheCommandThatChecksThem(HeaderLanguage language) throws IOException {
        List<String> names = sheetNames(language);
        WorkbookSheet guide = WorkbookSheet.read(template(CatalogKind.INDUSTRY, language), names.get(2));
        assertEquals(language == HeaderLanguage.ENGLISH ? "How to fill in this workbook" : "填写说明", guide.cell("A1"));
        assertTrue(guide.bold().contains("A1"), "the title is bold");
        List<String> numbers = block(guide, "A", 2);
        List<String> steps = block(guide, "B", 2);
        assertEquals(numbers.size(), steps.size(), "every step has its number");
        assertTrue(steps.size() >= 3, steps.toString());
        for (int k = 0; k < numbers.size(); k++) {
            assertEquals(String.valueOf(k + 1), numbers.get(k));
            assertFalse(guide.bold().contains("A" + (k + 2)), "steps are plain text");
        }
        for (String sheet : names) {
            assertTrue(steps.get(0).contains(sheet), "the first step names the sheet " + sheet + ": " + steps.get(0));
        }
        assertTrue(steps.stream().anyMatch(s -> s.contains("./catalog validate")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.contains("--positions-only")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.contains("2025-03-01")), "the date forms: " + steps);
        assertEquals("", guide.cell("A" + (steps.size() + 2)), "a blank row follows the steps");
    }

    @ParameterizedTest
    @EnumSource(CatalogKind.class)
    void explainsEveryPositionsColumnButTheRowNumberAndEveryCatalogItemInBothLanguages(CatalogKind kind) throws IOException {
        Map<HeaderLanguage, List<String>> headings = Map.of(
                HeaderLanguage.CHINESE, List.of("岗位各列", "目录信息各项", "说明"),
                HeaderLanguage.ENGLISH, List.of("Column (Positions)", "Item (Catalog)", "Meaning"));
        for (HeaderLanguage language : HeaderLanguage.values()) {
            List<String> names = sheetNames(language);
            Path file = template(kind, language);
            WorkbookSheet positions = WorkbookSheet.read(file, names.get(0));
            WorkbookSheet info = WorkbookSheet.read(file, names.get(1));
            WorkbookSheet guide = WorkbookSheet.read(file, names.get(2));
            String what = kind + " " + language;

            int columnsAt = block(guide, "B", 2).size() + 3; // title, steps, a blank row
            assertEquals(List.of(headings.get(language).get(0), headings.get(language).get(2)),
                    List.of(guide.cell("A" + columnsAt), guide.cell("B" + columnsAt)), what);
            assertTrue(guide.bold().containsAll(List.of("A" + columnsAt, "B" + columnsAt)), what + ": bold headings");
            List<String> headers = new ArrayList<>();
            for (int c = 0; !positions.cell(cellName(c, 1)).isEmpty(); c++) {
                headers.add(positions.cell(cellName(c, 1)));
            }
            // the first column numbers the rows and is not read: it needs no explanation
            assertEquals(language == HeaderLanguage.ENGLISH ? "No." : "序号", headers.get(0), what);
            List<String> explained = block(guide, "A", columnsAt + 1);
            assertEquals(headers.subList(1, headers.size()), explained, what);
            List<String> columnMeanings = block(guide, "B", columnsAt + 1);
            assertEquals(explained.size(), columnMeanings.size(), what + ": every column has its meaning");
            assertEquals(columnMeanings.size(), columnMeanings.stream().distinct().count(), what + ": " + columnMeanings);

            int itemsAt = columnsAt + explained.size() + 2;
            assertEquals("", guide.cell("A" + (itemsAt - 1)) + guide.cell("B" + (itemsAt - 1)), what + ": a blank row between");
            assertEquals(List.of(headings.get(language).get(1), headings.get(language).get(2)),
                    List.of(guide.cell("A" + itemsAt), guide.cell("B" + itemsAt)), what);
            assertTrue(guide.bold().containsAll(List.of("A" + itemsAt, "B" + itemsAt)), what + ": bold headings");
            List<String> items = info.column("A", 2);
            List<String> itemMeanings = info.column("D", 2);
            assertEquals(items, guide.column("A", itemsAt + 1), what + ": the catalog sheet's items in its order");
            assertEquals(itemMeanings, guide.column("B", itemsAt + 1), what + ": the catalog sheet's meanings");
            assertFalse(itemMeanings.contains(""), what + ": every item is explained " + itemMeanings);
            assertEquals(itemsAt + items.size(), guide.lastRow(), what + ": nothing after the items");
        }
    }

    @Test
    void theColumnsAndItemsAreExplainedInTheTemplatesLanguage() throws IOException {
        WorkbookSheet zh = WorkbookSheet.read(template(CatalogKind.REGIONAL, HeaderLanguage.CHINESE), "填写说明");
        WorkbookSheet en = WorkbookSheet.read(template(CatalogKind.REGIONAL, HeaderLanguage.ENGLISH), "Instructions");
        assertEquals(zh.lastRow(), en.lastRow(), "the same rows in both languages");
        for (int r = 1; r <= zh.lastRow(); r++) {
            if (!zh.cell("B" + r).isEmpty()) {
                assertNotEquals(zh.cell("B" + r), en.cell("B" + r), "row " + r);
                assertTrue(zh.cell("B" + r).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "Chinese at row " + r + ": " + zh.cell("B" + r));
            }
        }
        assertTrue(en.cells().get("B9").startsWith("Required."), en.cells().get("B9"));
        assertTrue(zh.cells().get("B9").startsWith("必填。"), zh.cells().get("B9"));
    }

    @Test
    void itsMeaningColumnIsTheWidestAndTheLabelsColumnIsWidened() throws IOException {
        for (HeaderLanguage language : HeaderLanguage.values()) {
            WorkbookSheet guide = WorkbookSheet.read(template(CatalogKind.SPECIAL, language), sheetNames(language).get(2));
            double labels = guide.widths().getOrDefault(0, 0.0);
            double meanings = guide.widths().getOrDefault(1, 0.0);
            assertTrue(labels >= displayWidth("Experience description"), language + ": " + guide.widths());
            assertTrue(meanings > 3 * labels, language + ": " + guide.widths());
        }
    }

    /** The width a text needs in a column: two units for a Chinese character, one for others. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS ? 2 : 1).sum();
    }

    static String cellName(int column, int row) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString() + row;
    }
}
