package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.io.FileWriteException;

/** The fill-in workbook: its sheets, drop-down lists and example, which reads back as it was. */
class CatalogTemplateTest {

    @TempDir
    Path dir;

    private static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The data validations of a sheet part: "range → list" with XML character references decoded. */
    private static List<String> dropDowns(String sheetXml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<dataValidation sqref=\"([^\"]+)\" type=\"list\"[^>]*><formula1>([^<]+)</formula1>").matcher(sheetXml);
        while (m.find()) {
            out.add(m.group(1) + " → " + decode(m.group(2)));
        }
        return out;
    }

    private static String decode(String xml) {
        Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
        }
        return m.appendTail(sb).toString().replace("&apos;", "'");
    }

    @ParameterizedTest
    @EnumSource(CatalogKind.class)
    void readsBackAsItsExampleInBothLanguages(CatalogKind kind) throws IOException {
        for (HeaderLanguage language : HeaderLanguage.values()) {
            CatalogTemplate template = CatalogTemplate.of(kind, language);
            Path file = dir.resolve(kind + "-" + language + ".xlsx");
            template.write(file);
            CatalogDocument doc = CatalogTables.standard().read(file);
            assertEquals(List.of(), doc.problems(), kind + " " + language);
            assertFalse(doc.positionsOnly());
            assertEquals(CatalogJson.write(template.example()), CatalogJson.write(doc.toCatalog()), kind + " " + language);
            assertEquals(kind, template.example().kind());
        }
    }

    @Test
    void hasTheFourSheetsAndDropDownListsOnTheClosedVocabularies() throws IOException {
        Path file = dir.resolve("t.xlsx");
        CatalogTemplate.of(CatalogKind.INDUSTRY, HeaderLanguage.CHINESE).write(file);
        String workbook = decode(part(file, "xl/workbook.xml"));
        for (String sheet : List.of("岗位", "目录信息", "填写说明", "选项")) {
            assertTrue(workbook.contains("<sheet name=\"" + sheet + "\""), workbook);
        }
        // 产业类别 E, 岗位类别 H, 学历要求 K, 紧缺程度 Q, 配套政策 W: rows 2 to 1001, from the 选项 sheet
        int industries = CodeLists.defaults().industries().size() + 1;
        assertEquals(List.of("E2:E1001 → '选项'!$A$2:$A$" + industries,
                "H2:H1001 → '选项'!$B$2:$B$" + (JobCategory.values().length + 1),
                "K2:K1001 → '选项'!$C$2:$C$" + (Education.values().length + 1),
                "Q2:Q1001 → '选项'!$D$2:$D$4",
                "W2:W1001 → '选项'!$E$2:$E$" + (Policy.values().length + 1)), dropDowns(part(file, "xl/worksheets/sheet1.xml")));
        // 目录类型 B6, 发布层级 B7, 产业范围 B8, 状态 B14
        assertEquals(List.of("B6:B6 → '选项'!$F$2:$F$4", "B7:B7 → '选项'!$G$2:$G$" + (CatalogLevel.values().length + 1),
                "B8:B8 → '选项'!$A$2:$A$" + industries, "B14:B14 → '选项'!$H$2:$H$" + (Status.values().length + 1)),
                dropDowns(part(file, "xl/worksheets/sheet2.xml")));
        String sheet1 = part(file, "xl/worksheets/sheet1.xml");
        assertTrue(sheet1.contains("errorStyle=\"warning\""), "other accepted wordings stay possible");
        String strings = decode(part(file, "xl/sharedStrings.xml"));
        assertTrue(strings.contains("上海市经济和信息化委员会（行业主管部门）、上海市人力资源和社会保障局（市人力资源社会保障局）"), strings);
        assertTrue(strings.contains("非常紧缺") && strings.contains("一般紧缺") && strings.contains("集成电路"), strings);
    }

    @Test
    void theEnglishTemplateUsesEnglishSheetsAndTheWritersCodes() throws IOException {
        Path file = dir.resolve("en.xlsx");
        CatalogTemplate.of(CatalogKind.SPECIAL, HeaderLanguage.ENGLISH).write(file);
        String workbook = decode(part(file, "xl/workbook.xml"));
        for (String sheet : List.of("Positions", "Catalog", "Instructions", "Lists")) {
            assertTrue(workbook.contains("<sheet name=\"" + sheet + "\""), workbook);
        }
        String strings = decode(part(file, "xl/sharedStrings.xml"));
        assertTrue(strings.contains("MAJOR_SCIENCE_FACILITY") && strings.contains("APPLIED_TECHNOLOGY"), strings);
        assertTrue(strings.contains("上海市科学技术委员会 (INDUSTRY_AUTHORITY)"), strings);
        assertFalse(strings.contains("区域代码") || strings.contains("Region code"), "a special catalog's template has no region rows");
    }

    @Test
    void replacesAnExistingFileAtomicallyAndFailsWithoutATrace() throws IOException {
        Path file = dir.resolve("old.xlsx");
        Files.writeString(file, "old");
        CatalogTemplate.of(CatalogKind.REGIONAL, HeaderLanguage.CHINESE).write(file);
        assertTrue(CatalogTables.standard().read(file).problems().isEmpty());
        Path missing = dir.resolve("no/such/folder/t.xlsx");
        assertThrows(FileWriteException.class, () -> CatalogTemplate.of(CatalogKind.REGIONAL, HeaderLanguage.CHINESE).write(missing));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("old.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void otherCodeListsChangeTheIndustryListsOnly() throws IOException {
        CatalogTemplate standard = CatalogTemplate.of(CatalogKind.INDUSTRY, HeaderLanguage.ENGLISH);
        CatalogTemplate none = standard.withCodeLists(CodeLists.empty());
        assertEquals(CatalogKind.INDUSTRY, none.kind());
        assertEquals(HeaderLanguage.ENGLISH, none.language());
        assertEquals(CatalogKind.REGIONAL, CatalogTemplate.of(CatalogKind.REGIONAL, HeaderLanguage.CHINESE).kind());
        assertEquals(HeaderLanguage.CHINESE, CatalogTemplate.of(CatalogKind.REGIONAL, HeaderLanguage.CHINESE).language());
        Path withIndustries = dir.resolve("standard.xlsx");
        Path without = dir.resolve("none.xlsx");
        standard.write(withIndustries);
        none.write(without);
        List<String> all = dropDowns(part(withIndustries, "xl/worksheets/sheet1.xml"));
        List<String> fewer = dropDowns(part(without, "xl/worksheets/sheet1.xml"));
        assertFalse(all.get(0).equals(fewer.isEmpty() ? "" : fewer.get(0)), all + " / " + fewer);
        assertEquals(all.subList(1, all.size()), fewer.subList(fewer.size() - (all.size() - 1), fewer.size()));
    }
}
