package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.Issue;

/**
 * The rows of the 目录信息 sheet one by one: items found by label in either language or by their
 * JSON Pointer, header rows, empty rows and lone values, extension members, vocabulary labels and
 * industry names, and every way a row can fail, each at its cell; and the rows the writer puts there.
 */
class CatalogInfoRowsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String POSITIONS = "<row r=\"1\">" + cell("A1", "岗位编号") + cell("B1", "岗位名称") + cell("C1", "产业类别")
            + cell("D1", "岗位类别") + cell("E1", "学历要求") + "</row><row r=\"2\">" + cell("A2", "A1") + cell("B2", "工程师")
            + cell("C2", "集成电路") + cell("D2", "应用技术类") + cell("E2", "本科") + "</row>";

    @TempDir
    Path dir;

    private static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A row of text cells from column A; {@code null} leaves a cell out. */
    private static String row(int r, String... texts) {
        StringBuilder sb = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                sb.append(cell((char) ('A' + c) + String.valueOf(r), texts[c]));
            }
        }
        return sb.append("</row>").toString();
    }

    /** A workbook with the positions sheet above and a 目录信息 sheet holding {@code info} (its sheetData's rows). */
    private CatalogDocument read(String info) throws IOException {
        Path file = dir.resolve("i.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"岗位\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"目录信息\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + POSITIONS
                    + "</sheetData></worksheet>");
            entry(zip, "xl/worksheets/sheet2.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + info
                    + "</sheetData></worksheet>");
        }
        return CatalogTables.standard().read(file);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<String> problems(CatalogDocument doc) {
        return doc.problems().stream().map(p -> p.cell() + " " + p.rule() + " " + p.message(Locale.ENGLISH)).toList();
    }

    @Test
    void itemsAreFoundByTheirChineseOrEnglishLabelOrByTheirPointerWhateverTheLabel() throws IOException {
        CatalogDocument doc = read(row(1, "Item", "Value", "Field") + row(2, "项目", "值") + row(3, "Key", "Value")
                + row(4, " 目录编号 ", "sh-ic") + row(5, "Title", "集成电路目录") + row(6, "我们的版本", "2025", " /edition/version ")
                + row(7, "Format version", "1.0", "/formatVersion"));
        assertEquals(List.of(), problems(doc));
        JsonNode tree = doc.tree();
        assertEquals("sh-ic", tree.at("/id").asText());
        assertEquals("集成电路目录", tree.at("/title/zh").asText());
        assertEquals("2025", tree.at("/edition/version").asText());
        assertEquals("1.0", tree.at("/formatVersion").asText());
        assertEquals("目录信息!B6", doc.locate("/edition/version"));
    }

    @Test
    void emptyRowsAreSkippedAndAValueWithoutAnItemIsAnErrorAtTheValue() throws IOException {
        CatalogDocument doc = read(row(1, "目录编号", "sh-ic") + "<row r=\"2\"/>" + row(3, "", "") + row(4, null, "孤立的值")
                + row(5, "目录名称", "集成电路目录"));
        assertEquals(List.of("目录信息!B4 read:unknownKey a value without an item name"), problems(doc));
        assertEquals("集成电路目录", doc.tree().at("/title/zh").asText());
    }

    @Test
    void anUnknownItemIsAnErrorAtItsLabelAndAnExtensionIsKeptAsJsonOrText() throws IOException {
        CatalogDocument doc = read(row(1, "备注", "请勿遗漏") + row(2, "x-batch", "{\"n\":3}") + row(3, "批次说明", "第二批", "/x-note")
                + row(4, "x-empty", "") + row(5, "嵌套", "1", "/x-a/b") + row(6, "x-", "2"));
        assertEquals(List.of("目录信息!A1 read:unknownKey unknown catalog item '备注'", "目录信息!A5 read:unknownKey unknown catalog item '嵌套'",
                "目录信息!A6 read:unknownKey unknown catalog item 'x-'"), problems(doc));
        assertEquals(3, doc.tree().at("/x-batch/n").asInt());
        assertEquals("第二批", doc.tree().at("/x-note").asText());
        assertEquals("目录信息!B3", doc.locate("/x-note"));
        assertFalse(doc.tree().has("x-empty"), "an empty extension value adds nothing");
    }

    @Test
    void labelsOfTheVocabulariesReadAsCodesAndAWordThatIsNoneIsAnErrorAtTheValue() throws IOException {
        CatalogDocument doc = read(row(1, "目录类型", "产业人才目录") + row(2, "发布层级", "MUNICIPAL") + row(3, "状态", "编制中")
                + row(4, "专项类型", "火星专项") + row(5, "产业范围", "集成电路、火星采矿"));
        assertEquals(List.of("目录信息!B4 read:value cannot read the value of 'Programme type': 火星专项"), problems(doc));
        JsonNode tree = doc.tree();
        assertEquals("INDUSTRY", tree.at("/kind").asText());
        assertEquals("MUNICIPAL", tree.at("/level").asText());
        assertEquals("DRAFT", tree.at("/status").asText());
        assertEquals("火星专项", tree.at("/scope/program/type").asText(), "kept as written, for the message");
        assertEquals("[\"INTEGRATED_CIRCUIT\",\"火星采矿\"]", tree.at("/scope/industries").toString(), "names become codes, others stay");
    }

    @Test
    void aListThatIsNoJsonArrayAndAnErrorValueAreErrorsAtTheirCells() throws IOException {
        CatalogDocument doc = read(row(1, "产业范围", "[\"INTEGRATED_CIRCUIT\",") + "<row r=\"2\">" + cell("A2", "文号")
                + "<c r=\"B2\" t=\"e\"><v>#N/A</v></c></row>" + row(3, "目录编号", "sh-ic"));
        List<Issue> problems = doc.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("目录信息!B1", problems.get(0).cell());
        assertEquals("/scope/industries", problems.get(0).pointer());
        assertEquals("目录信息!B2", problems.get(1).cell());
        assertEquals("read:cell", problems.get(1).rule());
        assertEquals("/issuance/documentNumber", problems.get(1).pointer());
        assertEquals("the cell holds the error value #N/A", problems.get(1).message(Locale.ENGLISH));
        assertTrue(doc.tree().at("/issuance").isObject(), "the member's parent is there, so the error has a place");
        assertTrue(doc.tree().at("/issuance/documentNumber").isMissingNode());
        assertEquals("sh-ic", doc.tree().at("/id").asText());
    }

    @ParameterizedTest
    @EnumSource(HeaderLanguage.class)
    void theWriterPutsARowForEachMemberTheCatalogHasWithLabelsInItsLanguage(HeaderLanguage language) throws IOException {
        boolean english = language == HeaderLanguage.ENGLISH;
        Catalog catalog = CatalogTemplate.of(CatalogKind.SPECIAL, language).example();
        Path file = dir.resolve("w.xlsx");
        CatalogTables.builder().headers(language).build().write(catalog, file);
        WorkbookSheet info = WorkbookSheet.read(file, english ? "Catalog" : "目录信息");
        List<String> labels = info.column("A", 2);
        JsonNode tree = CatalogJson.toTree(catalog);
        assertEquals(tree.at("/title/en").isMissingNode(), !labels.contains(english ? "English title" : "目录英文名称"), labels.toString());
        assertFalse(labels.contains(english ? "Industries" : "产业范围"), "a special catalog has no industries: " + labels);
        assertFalse(labels.contains(english ? "Published on" : "发布日期"), "a draft has no publication date: " + labels);
        assertEquals(english ? "SPECIAL" : "专项人才目录", info.cell("B" + (labels.indexOf(english ? "Kind" : "目录类型") + 2)));
        assertEquals(english ? tree.at("/level").asText() : "市级", info.cell("B" + (labels.indexOf(english ? "Level" : "发布层级") + 2)));
        assertEquals(english ? "DRAFT" : "编制中", info.cell("B" + (labels.indexOf(english ? "Status" : "状态") + 2)));
        assertFalse(info.cell("B" + (labels.indexOf(english ? "Programme type" : "专项类型") + 2)).isEmpty());
        assertEquals(catalog, CatalogTables.standard().readCatalog(file), "and it reads back as it was");
    }
}
