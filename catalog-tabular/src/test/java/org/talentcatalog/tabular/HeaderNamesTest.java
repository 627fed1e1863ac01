package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentcatalog.model.Issue;

/**
 * Headers as published catalogs write them (人社部 最缺工, Hangzhou, Chengdu): their names, units in
 * their brackets, and the closest standard column for a header that is none.
 */
class HeaderNamesTest {

    @TempDir
    Path dir;

    /** A one-row CSV with the five required columns, some replaced or added by {@code columns}. */
    private CatalogDocument csv(Map<String, String> columns) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(Map.of());
        all.put("岗位编号", "A1");
        all.put("岗位名称", "工程师");
        all.put("产业类别", "集成电路");
        all.put("岗位类别", "应用技术类");
        all.put("学历要求", "本科");
        all.putAll(columns);
        all.values().removeIf(v -> v == null);
        Path file = dir.resolve("t.csv");
        Files.writeString(file, String.join(",", all.keySet()) + "\n" + String.join(",", all.values()) + "\n", StandardCharsets.UTF_8);
        Files.writeString(CatalogTables.sideFileOf(file), LocatedProblemsTest.SIDE);
        return CatalogTables.standard().read(file);
    }

    private static Issue at(CatalogDocument doc, String cell) {
        return doc.problems().stream().filter(p -> cell.equals(p.cell())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + cell + ": " + doc.problems()));
    }

    private static void noProblems(CatalogDocument doc) {
        assertTrue(doc.problems().stream().allMatch(p -> p.rule().equals("read:missingCatalogInfo")), doc.problems()::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "工作经验要求|3年以上|/requirements/experience/minYears|3",
        "资历要求|5年及以上|/requirements/experience/minYears|5",
        "工作经验（年）|3-5|/requirements/experience/minYears|3",
        "工作经验(年)|2|/requirements/experience/minYears|2",
        "需求数量（人）|30|/demand/headcount|30",
        "需求数量（人）|30人|/demand/headcount|30",
        "职业资格证书|电工证；焊工证|/requirements/certifications|[\"电工证\",\"焊工证\"]",
        "职业代码|6-31-05-00|/occupationCode|\"6-31-05-00\"",
        "职业定义|从事芯片设计的工程技术人员|/description/zh|\"从事芯片设计的工程技术人员\"",
        "专业要求|微电子、集成电路|/requirements/majors|[\"微电子\",\"集成电路\"]",
        "能力要求|熟悉EDA工具|/requirements/competencies|[\"熟悉EDA工具\"]",
        "紧缺程度|轻度紧缺|/shortage/level|\"GENERALLY_SCARCE\"",
        "紧缺指数|0.82|/shortage/score|0.82",
        "紧缺指数|★★★|/shortage/level|\"VERY_SCARCE\"",
        "紧缺类型|急需|/x-shortageType|\"急需\"",
        "区域导向|高新区、天府新区|/x-regionalGuidance|\"高新区、天府新区\"",
        "起薪范围|8000-12000元/月|/demand/salary|{\"min\":8000,\"max\":12000,\"period\":\"MONTH\"}",
        "薪酬（元/月）|8000-12000|/demand/salary|{\"min\":8000,\"max\":12000,\"period\":\"MONTH\"}",
        "薪酬（万元/年）|15-25|/demand/salary|{\"min\":150000,\"max\":250000,\"period\":\"YEAR\"}",
        "薪酬(万元/年)|15-25万/年|/demand/salary|{\"min\":150000,\"max\":250000,\"period\":\"YEAR\"}",
        "起薪范围（千元/月）|8-12|/demand/salary|{\"min\":8000,\"max\":12000,\"period\":\"MONTH\"}",
    })
    void publishedHeadersAndTheirUnitsAreRead(String header, String cell, String member, String json) throws IOException {
        CatalogDocument doc = csv(Map.of(header, cell));
        noProblems(doc);
        JsonNode expected = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
        assertEquals(expected, doc.tree().at("/positions/0" + member));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"岗位名称|职业名称", "岗位名称|职位名称", "学历要求|最低学历"})
    void publishedNamesOfRequiredColumnsAreThoseColumns(String standard, String published) throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(standard, null);
        columns.put(published, standard.equals("学历要求") ? "硕士" : "装调工");
        CatalogDocument doc = csv(columns);
        noProblems(doc);
        assertEquals(standard.equals("学历要求") ? "MASTER" : "装调工",
                doc.tree().at(standard.equals("学历要求") ? "/positions/0/requirements/education" : "/positions/0/name/zh").asText());
    }

    @Test
    void aHeaderUnitKeepsTheCellsOwnUnitAndQuotesTheCellAsWritten() throws IOException {
        CatalogDocument doc = csv(Map.of("薪酬（万元/年）", "很高"));
        Issue p = at(doc, "F2");
        assertEquals("read:value", p.rule());
        assertEquals("/positions/0/demand/salary", p.pointer());
        assertTrue(p.text().zh().startsWith("无法识别的参考薪酬「很高」"), p.text().zh());
        assertEquals(8000, csv(Map.of("薪酬（万元/年）", "8000-12000元/月")).tree().at("/positions/0/demand/salary/min").asInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "工作经验年限|工作经验|Experience",
        "学力要求|学历要求|Education",
        "岗位名|岗位名称|Name",
        "学历要求（年）|学历要求|Education",
        "薪酬（万元）|参考薪酬|Salary",
        "Eduction|学历要求|Education",
        "区域导引|区域导向|Regional guidance",
    })
    void anUnknownHeaderNamesTheClosestColumnAtItsCell(String header, String zh, String en) throws IOException {
        Issue p = at(csv(Map.of(header, "x")), "F1");
        assertEquals("read:unknownColumn", p.rule());
        assertEquals("未知的列「" + header + "」：是否指「" + zh + "」？其内容不会被读取；请改用 docs/tables.md 列出的表头名称", p.text().zh());
        assertEquals("unknown column '" + header + "': did you mean '" + en + "'? its cells would be lost; use a header name listed in docs/tables.md",
                p.text().en());
    }

    @ParameterizedTest
    @CsvSource({"备注", "联系电话", "notes", "ab"})
    void anUnknownHeaderFarFromEveryColumnGetsTheExtensionAdvice(String header) throws IOException {
        Issue p = at(csv(Map.of(header, "x")), "F1");
        assertEquals("未知的列「" + header + "」：其内容不会被读取；若是扩展数据，请将表头改为 x-…", p.text().zh());
    }

    @Test
    void unknownHeadersOfAWorkbookAreNamedBySheetAndCell() throws IOException {
        Path file = dir.resolve("h.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("杭州");
            List<String> header = List.of("序号", "岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "工作经验要求", "起薪范围（万元/年）",
                    "紧缺指数", "能力要永", "备注");
            List<Object> row = List.of(1, "HZ-1", "芯片设计工程师", "集成电路", "应用技术类", "硕士及以上", "3年以上", "30-50", "★★★★", "x", "y");
            for (int c = 0; c < header.size(); c++) {
                ws.value(2, c, header.get(c));
                if (row.get(c) instanceof Integer n) {
                    ws.value(3, c, n);
                } else {
                    ws.value(3, c, (String) row.get(c));
                }
            }
            wb.finish();
        }
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals("未知的列「能力要永」：是否指「能力要求」？其内容不会被读取；请改用 docs/tables.md 列出的表头名称", at(doc, "杭州!J3").text().zh());
        assertEquals("read:unknownColumn", at(doc, "杭州!K3").rule());
        assertEquals("read:fiveStars", at(doc, "杭州!I4").rule());
        assertEquals("/positions/0/shortage/level", at(doc, "杭州!I4").pointer());
        assertEquals("杭州!I4", doc.locate("/positions/0/shortage/level"));
        assertEquals(300000, doc.tree().at("/positions/0/demand/salary/min").asInt());
        assertEquals(3, doc.tree().at("/positions/0/requirements/experience/minYears").asInt());
    }

    @Test
    void aPublishedNameAndTheExtensionItIsReadIntoAreOneColumn() throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("区域导向", "浦东新区");
        columns.put("x-regionalGuidance", "临港新片区");
        CatalogDocument doc = csv(columns);
        assertEquals("列「x-regionalGuidance」重复：与第 F 列相同", at(doc, "G1").text().zh());
        assertEquals("浦东新区", doc.tree().at("/positions/0/x-regionalGuidance").asText());
    }

    @Test
    void suggestionsStopAfterTheFirstFewHundredUnknownHeaders() throws IOException {
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, "岗位编号,岗位名称" + ",学力要求".repeat(300) + "\n", StandardCharsets.UTF_8);
        List<Issue> unknown = CatalogTables.standard().readCsv(file, null).problems().stream()
                .filter(p -> p.rule().equals("read:unknownColumn")).toList();
        assertEquals(300, unknown.size());
        assertEquals(256, unknown.stream().filter(p -> p.text().zh().contains("是否指「学历要求」")).count());
        assertEquals("C1", unknown.get(0).cell());
        assertEquals("KP1", unknown.get(299).cell());
    }

    @Test
    void theFiveStarHintNamesTheOption() throws IOException {
        Issue p = at(csv(Map.of("紧缺程度", "★★★★★")), "F2");
        assertEquals("read:fiveStars", p.rule());
        assertTrue(p.text().zh().contains("请用 --five-stars 给出对应关系（如 --five-stars 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE"), p.text().zh());
        assertTrue(p.text().in(Locale.ENGLISH).contains("give one with --five-stars (e.g. --five-stars 1-2:GENERALLY_SCARCE"), p.text().en());
    }

    @Test
    void starsInTheScoreColumnBesideALevelColumnAreNoLevel() throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("紧缺程度", "紧缺");
        columns.put("紧缺指数", "★★");
        CatalogDocument doc = csv(columns);
        assertEquals("SCARCE", doc.tree().at("/positions/0/shortage/level").asText());
        assertEquals("read:value", at(doc, "G2").rule());
        assertEquals("/positions/0/shortage/score", at(doc, "G2").pointer());
    }
}
