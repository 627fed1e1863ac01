package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;

/** The 目录信息 sheet as a person fills it: organisations as plain text or rows, dates as Excel dates or text. */
class CatalogInfoFormsTest {

    @TempDir
    Path dir;

    /** A workbook with one position and the given 目录信息 rows (no header row), each cell text, a number or a date. */
    private Path workbook(Object[]... info) throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            List<String> header = List.of("岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "紧缺程度");
            List<String> row = List.of("A1", "工程师", "集成电路", "应用技术类", "本科", "紧缺");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.value(1, c, row.get(c));
            }
            if (info != null) {
                Worksheet sheet = wb.newWorksheet("目录信息");
                for (int r = 0; r < info.length; r++) {
                    for (int c = 0; c < info[r].length; c++) {
                        Object v = info[r][c];
                        if (v instanceof LocalDate d) {
                            sheet.value(r, c, d);
                            sheet.style(r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
                        } else if (v instanceof Number n) {
                            sheet.value(r, c, n);
                        } else {
                            sheet.value(r, c, (String) v);
                        }
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    private static CatalogDocument read(Path file) {
        return CatalogTables.standard().read(file);
    }

    private static void assertNoProblems(CatalogDocument doc) {
        assertEquals(List.of(), doc.problems());
    }

    @Test
    void readsOrganisationsWrittenAsNameAndRoleInOneCell() throws IOException {
        CatalogDocument doc = read(workbook(new Object[] {"编制部门",
                "上海市经济和信息化委员会（行业主管部门）、上海市人力资源和社会保障局(市人力资源社会保障局)\n上海市集成电路行业协会（筹）（INDUSTRY_ASSOCIATION）；某咨询公司（human resources service agency）"}));
        assertNoProblems(doc);
        JsonNode compilers = doc.tree().at("/issuance/compilers");
        assertEquals(4, compilers.size());
        assertEquals("上海市经济和信息化委员会", compilers.get(0).get("name").asText());
        assertEquals("INDUSTRY_AUTHORITY", compilers.get(0).get("role").asText());
        assertEquals("MUNICIPAL_HRSS", compilers.get(1).get("role").asText());
        assertEquals("上海市集成电路行业协会（筹）", compilers.get(2).get("name").asText());
        assertEquals("INDUSTRY_ASSOCIATION", compilers.get(2).get("role").asText());
        assertEquals("HR_SERVICE_AGENCY", compilers.get(3).get("role").asText());
        assertEquals("目录信息!B1", doc.locate("/issuance/compilers/3/role"));
    }

    @Test
    void readsOneOrganisationPerRowWithItsRoleInTheThirdCell() throws IOException {
        CatalogDocument doc = read(workbook(
                new Object[] {"项目", "值", "字段"},
                new Object[] {"编制部门", "上海市经济和信息化委员会", "行业主管部门"},
                new Object[] {"目录编号", "SH-IC-2024", "/id"},
                new Object[] {"编制部门", "上海市人力资源和社会保障局", "MUNICIPAL_HRSS"},
                new Object[] {"联合发文单位", "上海市人力资源和社会保障局", "市人力资源社会保障局"}));
        assertNoProblems(doc);
        JsonNode tree = doc.tree();
        assertEquals("[{\"name\":\"上海市经济和信息化委员会\",\"role\":\"INDUSTRY_AUTHORITY\"},"
                + "{\"name\":\"上海市人力资源和社会保障局\",\"role\":\"MUNICIPAL_HRSS\"}]", tree.at("/issuance/compilers").toString());
        assertEquals("MUNICIPAL_HRSS", tree.at("/issuance/jointIssuers/0/role").asText());
        assertEquals("目录信息!B2", doc.locate("/issuance/compilers/0/name"));
        assertEquals("目录信息!B4", doc.locate("/issuance/compilers/1/name"));
        assertEquals("目录信息!B5", doc.locate("/issuance/jointIssuers/0"));
    }

    @Test
    void stillReadsOrganisationsWrittenAsJson() throws IOException {
        CatalogDocument doc = read(workbook(new Object[] {"编制部门",
                "[{\"name\": \"上海市经济和信息化委员会\", \"role\": \"INDUSTRY_AUTHORITY\", \"creditCode\": \"11310000002420000X\"}]",
                "/issuance/compilers"}));
        assertNoProblems(doc);
        assertEquals("11310000002420000X", doc.tree().at("/issuance/compilers/0/creditCode").asText());
    }

    @Test
    void aPlainNameWhereARoleIsNeededSaysTheAcceptedForms() throws IOException {
        CatalogDocument doc = read(workbook(new Object[] {"目录编号", "SH-IC-2024"}, new Object[] {"编制部门", "上海市经济和信息化委员会"}));
        assertEquals(1, doc.problems().size(), doc.problems()::toString);
        Issue p = doc.problems().get(0);
        assertEquals("read:value", p.rule());
        assertEquals("目录信息!B2", p.cell());
        assertEquals("/issuance/compilers", p.pointer());
        String zh = p.message(Locale.ROOT);
        assertTrue(zh.contains("「上海市经济和信息化委员会」") && zh.contains("名称（角色）") && zh.contains("编制部门 | 名称 | 角色")
                && zh.contains("JSON") && zh.contains("行业主管部门、区政府"), zh);
        String en = p.message(Locale.ENGLISH);
        assertTrue(en.contains("'name (role)'") && en.contains("INDUSTRY_AUTHORITY (industry authority)"), en);
    }

    @Test
    void anUnknownRoleInTheRoleCellIsAnErrorAtTheValue() throws IOException {
        CatalogDocument doc = read(workbook(new Object[] {"编制部门", "上海市经济和信息化委员会", "主管局"}));
        Issue p = doc.problems().get(0);
        assertEquals("目录信息!B1", p.cell());
        assertTrue(p.message(Locale.ROOT).contains("「上海市经济和信息化委员会 | 主管局」"), p.message(Locale.ROOT));
    }

    @Test
    void aContractorThatIsNoJsonObjectSaysHowToWriteIt() throws IOException {
        CatalogDocument doc = read(workbook(new Object[] {"承接机构", "某咨询公司"}));
        Issue p = doc.problems().get(0);
        assertEquals("目录信息!B1", p.cell());
        assertEquals("/issuance/contractor", p.pointer());
        assertTrue(p.message(Locale.ROOT).contains("揭榜挂帅、招标、指定"), p.message(Locale.ROOT));
    }

    @Test
    void readsDatesAsExcelDatesSerialNumbersOrText() throws IOException {
        CatalogDocument doc = read(workbook(
                new Object[] {"发布日期", LocalDate.of(2024, 3, 1)},
                new Object[] {"生效日期", 45352},
                new Object[] {"有效期至", "2026年3月1日"}));
        assertNoProblems(doc);
        JsonNode edition = doc.tree().get("edition");
        assertEquals("{\"publishedOn\":\"2024-03-01\",\"validFrom\":\"2024-03-01\",\"validUntil\":\"2026-03-01\"}", edition.toString());
        for (String text : List.of("2024-03-01", "2024/3/1", "2024.3.1", "２０２４年３月１日")) {
            assertEquals("2024-03-01", read(workbook(new Object[] {"发布日期", text})).tree().at("/edition/publishedOn").asText(), text);
        }
    }

    @Test
    void aWorkbookWithoutItsInfoSheetGetsOneErrorSayingWhatToAdd() throws IOException {
        CatalogDocument doc = read(workbook((Object[][]) null));
        assertEquals(1, doc.problems().size(), doc.problems()::toString);
        Issue p = doc.problems().get(0);
        assertEquals("read:missingCatalogInfo", p.rule());
        assertEquals("工作簿中没有「目录信息」工作表：请添加名为「目录信息」的工作表，每行一项「项目 | 值」，至少填写格式版本、目录编号、目录名称、"
                + "目录类型、发布层级、版本、状态、编制部门，以及按目录类型填写的产业范围、区域代码或专项名称（./catalog template 生成的模板中有此表）；"
                + "若只交付岗位，可用 --positions-only 只校验岗位", p.message(Locale.ROOT));
        assertTrue(p.message(Locale.ENGLISH).contains("at least Format version, Catalog ID, Title, Kind, Level, Version, Status, Compilers"),
                p.message(Locale.ENGLISH));
        assertTrue(doc.positionsOnly());
    }

    @Test
    void readingPositionsOnlySkipsTheInfoSheetAndTheSideFile() throws IOException {
        Path xlsx = workbook(new Object[] {"目录编号", "SH-IC-2024"}, new Object[] {"编制部门", "无角色的名称"});
        CatalogTables tables = CatalogTables.builder().positionsOnly(true).build();
        CatalogDocument doc = tables.read(xlsx);
        assertNoProblems(doc);
        assertTrue(doc.positionsOnly());
        assertFalse(doc.tree().has("id"));
        assertEquals("A1", doc.tree().at("/positions/0/id").asText());
        assertFalse(read(xlsx).positionsOnly());

        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "岗位编号,岗位名称,产业类别,岗位类别,学历要求,紧缺程度\nA1,工程师,集成电路,应用技术类,本科,紧缺\n");
        CatalogDocument rows = tables.read(csv);
        assertNoProblems(rows);
        assertTrue(rows.positionsOnly());
        CatalogDocument withoutSide = read(csv);
        assertEquals(List.of("read:missingCatalogInfo"), withoutSide.problems().stream().map(Issue::rule).toList());
        assertTrue(withoutSide.problems().get(0).message(Locale.ROOT).startsWith("没有附属文件 p.catalog.json：请在 CSV 文件旁添加 p.catalog.json"));
    }
}
