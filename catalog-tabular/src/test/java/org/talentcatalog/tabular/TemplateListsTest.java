package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.CodeEntry;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.ProgramType;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.tabular.internal.TemplateBook;

/**
 * The template's drop-down lists and the layout of its sheets: each list offers exactly the values of
 * the vocabulary its column or item takes, as the table writer writes them (Chinese labels; in English
 * the codes, and the level words for shortage levels), under the vocabulary's name on the lists sheet;
 * header rows are bold and stay in view; columns are wide enough for their headers.
 */
class TemplateListsTest {

    @TempDir
    Path dir;

    private static List<String> values(Class<? extends Labelled> type, boolean english) {
        List<String> out = new ArrayList<>();
        for (Labelled l : type.getEnumConstants()) {
            out.add(!english ? l.zh() : type == ShortageLevel.class ? l.en() : l.code());
        }
        return out;
    }

    private static List<String> industries(boolean english) {
        List<String> out = new ArrayList<>();
        for (CodeEntry e : CodeLists.defaults().industries()) {
            out.add(english ? e.code() : e.zh());
        }
        return out;
    }

    /** The vocabulary's name on the lists sheet and its values, for a column header or item label of the template. */
    private static Map<String, Map.Entry<String, List<String>>> vocabularies(boolean english) {
        Map<String, Map.Entry<String, List<String>>> out = new LinkedHashMap<>();
        out.put(english ? "Industry" : "产业类别", Map.entry(english ? "Industry" : "产业类别", industries(english)));
        out.put(english ? "Industries" : "产业范围", Map.entry(english ? "Industry" : "产业类别", industries(english)));
        out.put(english ? "Category" : "岗位类别", Map.entry(english ? "JobCategory" : "岗位类别", values(JobCategory.class, english)));
        out.put(english ? "Education" : "学历要求", Map.entry(english ? "Education" : "学历要求", values(Education.class, english)));
        out.put(english ? "Shortage level" : "紧缺程度",
                Map.entry(english ? "ShortageLevel" : "紧缺程度", values(ShortageLevel.class, english)));
        out.put(english ? "Policies" : "配套政策", Map.entry(english ? "Policy" : "配套政策", values(Policy.class, english)));
        out.put(english ? "Kind" : "目录类型", Map.entry(english ? "CatalogKind" : "目录类型", values(CatalogKind.class, english)));
        out.put(english ? "Level" : "发布层级", Map.entry(english ? "CatalogLevel" : "发布层级", values(CatalogLevel.class, english)));
        out.put(english ? "Status" : "状态", Map.entry(english ? "Status" : "状态", values(Status.class, english)));
        out.put(english ? "Programme type" : "专项类型",
                Map.entry(english ? "ProgramType" : "专项类型", values(ProgramType.class, english)));
        return out;
    }

    /** The values a drop-down offers: the cells of its range on the lists sheet, and the name above them. */
    private static Map.Entry<String, List<String>> offered(String formula, String listsName, WorkbookSheet lists) {
        Matcher m = Pattern.compile("'(.+)'!\\$([A-Z]+)\\$(\\d+):\\$([A-Z]+)\\$(\\d+)").matcher(formula);
        assertTrue(m.matches(), formula);
        assertEquals(listsName, m.group(1), formula);
        assertEquals(m.group(2), m.group(4), "one column: " + formula);
        List<String> out = new ArrayList<>();
        for (int r = Integer.parseInt(m.group(3)); r <= Integer.parseInt(m.group(5)); r++) {
            out.add(lists.cell(m.group(2) + r));
        }
        assertEquals("2", m.group(3), "from the row below the name: " + formula);
        assertEquals("", lists.cell(m.group(2) + (Integer.parseInt(m.group(5)) + 1)), "to the last value: " + formula);
        return Map.entry(lists.cell(m.group(2) + 1), out);
    }

    @ParameterizedTest
    @EnumSource(CatalogKind.class)
    void eachDropDownOffersTheValuesOfItsColumnsVocabularyInBothLanguages(CatalogKind kind) throws IOException {
        for (HeaderLanguage language : HeaderLanguage.values()) {
            boolean english = language == HeaderLanguage.ENGLISH;
            String what = kind + " " + language;
            Path file = dir.resolve(kind + "-" + language + ".xlsx");
            CatalogTemplate.of(kind, language).write(file);
            String listsName = english ? "Lists" : "选项";
            WorkbookSheet positions = WorkbookSheet.read(file, english ? "Positions" : "岗位");
            WorkbookSheet info = WorkbookSheet.read(file, english ? "Catalog" : "目录信息");
            WorkbookSheet lists = WorkbookSheet.read(file, listsName);
            Map<String, Map.Entry<String, List<String>>> expected = vocabularies(english);

            List<String> withLists = new ArrayList<>();
            for (Map.Entry<String, String> d : positions.dropDowns().entrySet()) {
                Matcher range = Pattern.compile("([A-Z]+)2:([A-Z]+)" + (TemplateBook.LIST_ROWS + 1)).matcher(d.getKey());
                assertTrue(range.matches() && range.group(1).equals(range.group(2)), what + ": " + d.getKey());
                String header = positions.cell(range.group(1) + 1);
                withLists.add(header);
                assertEquals(expected.get(header), offered(d.getValue(), listsName, lists), what + " " + header);
            }
            assertEquals(english ? List.of("Industry", "Category", "Education", "Shortage level", "Policies")
                    : List.of("产业类别", "岗位类别", "学历要求", "紧缺程度", "配套政策"), withLists, what);

            List<String> items = new ArrayList<>();
            for (Map.Entry<String, String> d : info.dropDowns().entrySet()) {
                Matcher cell = Pattern.compile("B(\\d+):B(\\d+)").matcher(d.getKey());
                assertTrue(cell.matches() && cell.group(1).equals(cell.group(2)), what + ": one value cell " + d.getKey());
                String label = info.cell("A" + cell.group(1));
                items.add(label);
                assertEquals(expected.get(label), offered(d.getValue(), listsName, lists), what + " " + label);
            }
            List<String> itemsWithLists = new ArrayList<>(english ? List.of("Kind", "Level") : List.of("目录类型", "发布层级"));
            if (kind != CatalogKind.SPECIAL) {
                itemsWithLists.add(english ? "Industries" : "产业范围");
            }
            if (kind == CatalogKind.SPECIAL) {
                itemsWithLists.add(english ? "Programme type" : "专项类型");
            }
            itemsWithLists.add(english ? "Status" : "状态");
            assertEquals(new HashSet<>(itemsWithLists), new HashSet<>(items), what);
            assertEquals(itemsWithLists.size(), items.size(), what);

            List<String> names = new ArrayList<>();
            for (int c = 0; !lists.cell(TemplateInstructionsTest.cellName(c, 1)).isEmpty(); c++) {
                names.add(lists.cell(TemplateInstructionsTest.cellName(c, 1)));
                assertTrue(lists.bold().contains(TemplateInstructionsTest.cellName(c, 1)), what + ": bold list names");
            }
            assertEquals(expected.values().stream().map(Map.Entry::getKey).distinct().toList(), names, what);
        }
    }

    @ParameterizedTest
    @EnumSource(HeaderLanguage.class)
    void headerRowsAreBoldStayInViewAndFitTheirText(HeaderLanguage language) throws IOException {
        boolean english = language == HeaderLanguage.ENGLISH;
        Path file = dir.resolve("t.xlsx");
        CatalogTemplate.of(CatalogKind.REGIONAL, language).write(file);
        WorkbookSheet positions = WorkbookSheet.read(file, english ? "Positions" : "岗位");
        WorkbookSheet info = WorkbookSheet.read(file, english ? "Catalog" : "目录信息");
        for (WorkbookSheet sheet : List.of(positions, info)) {
            assertEquals(1, sheet.frozenRows(), language + ": the header row stays in view");
            for (int c = 0; !sheet.cell(TemplateInstructionsTest.cellName(c, 1)).isEmpty(); c++) {
                String ref = TemplateInstructionsTest.cellName(c, 1);
                assertTrue(sheet.bold().contains(ref), language + ": bold header " + ref);
                assertTrue(sheet.widths().getOrDefault(c, 0.0) >= TemplateInstructionsTest.displayWidth(sheet.cell(ref)),
                        language + ": " + ref + " " + sheet.cell(ref) + " in " + sheet.widths().get(c));
            }
            assertFalse(sheet.bold().contains("A2"), language + ": rows below the header are plain");
        }
        assertEquals(english ? List.of("Item", "Value", "Field", "Meaning") : List.of("项目", "值", "字段", "说明"),
                List.of(info.cell("A1"), info.cell("B1"), info.cell("C1"), info.cell("D1")));
        int longestLabel = info.column("A", 2).stream().mapToInt(TemplateInstructionsTest::displayWidth).max().orElseThrow();
        int longestPointer = info.column("C", 2).stream().mapToInt(String::length).max().orElseThrow();
        Map<Integer, Double> w = info.widths();
        assertTrue(w.get(0) >= longestLabel && w.get(2) >= longestPointer, language + ": " + w);
        assertTrue(w.get(1) > w.get(0) && w.get(1) > w.get(2) && w.get(3) > w.get(1), language + ": the meanings widest, then the values " + w);
        WorkbookSheet lists = WorkbookSheet.read(file, english ? "Lists" : "选项");
        for (int c = 0; !lists.cell(TemplateInstructionsTest.cellName(c, 1)).isEmpty(); c++) {
            String column = TemplateInstructionsTest.cellName(c, 1).replace("1", "");
            int widest = lists.column(column, 1).stream().mapToInt(TemplateInstructionsTest::displayWidth).max().orElseThrow();
            double width = lists.widths().getOrDefault(c, 0.0);
            assertTrue(width >= widest && width <= Math.max(24, widest + 4),
                    language + ": list " + column + " is " + width + " wide for " + widest + ": it fits, no wider than needed");
        }
    }

    @ParameterizedTest
    @EnumSource(HeaderLanguage.class)
    void aValueNotInTheListIsQuestionedInTheTemplatesLanguageButKept(HeaderLanguage language) throws IOException {
        boolean english = language == HeaderLanguage.ENGLISH;
        Path file = dir.resolve("w.xlsx");
        CatalogTemplate.of(CatalogKind.SPECIAL, language).write(file);
        String expected = english
                ? "warning | Not in the list | Pick a value from the list, or another wording the reader accepts (see Instructions)."
                : "warning | 不在列表中 | 请从列表中选择，或填写读取时接受的其他写法（见「填写说明」）。";
        for (String sheet : english ? List.of("Positions", "Catalog") : List.of("岗位", "目录信息")) {
            WorkbookSheet s = WorkbookSheet.read(file, sheet);
            assertFalse(s.warnings().isEmpty(), sheet);
            for (String warning : s.warnings().values()) {
                assertEquals(expected, warning, sheet);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HeaderLanguage.class)
    void theExamplesNumbersAreNumbersAndItsWordsText(HeaderLanguage language) throws IOException {
        boolean english = language == HeaderLanguage.ENGLISH;
        Path file = dir.resolve("n.xlsx");
        CatalogTemplate.of(CatalogKind.INDUSTRY, language).write(file);
        WorkbookSheet positions = WorkbookSheet.read(file, english ? "Positions" : "岗位");
        List<String> numbers = new ArrayList<>();
        for (int c = 0; !positions.cell(TemplateInstructionsTest.cellName(c, 1)).isEmpty(); c++) {
            if (positions.numbers().contains(TemplateInstructionsTest.cellName(c, 2))) {
                numbers.add(positions.cell(TemplateInstructionsTest.cellName(c, 1)));
            }
        }
        // in English, minimum years are written as a number; in Chinese as 3年及以上
        assertEquals(english ? List.of("No.", "Experience", "Headcount") : List.of("序号", "需求人数"), numbers);
        assertEquals("1", positions.cell("A2"));
    }

    @ParameterizedTest
    @EnumSource(CatalogKind.class)
    void eachItemsFieldIsTheJsonMemberItsValueFills(CatalogKind kind) throws IOException {
        Path file = dir.resolve(kind + ".xlsx");
        CatalogTemplate template = CatalogTemplate.of(kind, HeaderLanguage.CHINESE);
        template.write(file);
        JsonNode example = CatalogJson.toTree(template.example());
        WorkbookSheet info = WorkbookSheet.read(file, "目录信息");
        List<String> pointers = info.column("C", 2);
        assertEquals(pointers.size(), pointers.stream().distinct().count(), pointers.toString());
        assertEquals(info.column("A", 2).size(), pointers.size());
        for (int r = 2; r <= info.lastRow(); r++) {
            String pointer = info.cell("C" + r);
            assertTrue(pointer.startsWith("/"), "C" + r + ": " + pointer);
            JsonNode value = example.at(pointer);
            assertEquals(value.isMissingNode(), info.cell("B" + r).isEmpty(), "B" + r + " " + pointer);
            if (value.isTextual() && !info.dropDowns().containsKey("B" + r + ":B" + r)) {
                assertEquals(value.asText(), info.cell("B" + r), pointer);
            }
        }
        assertEquals("/id", info.cell("C" + (info.column("A", 2).indexOf("目录编号") + 2)));
    }
}
