package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.ShortageLevel;

/** Every reader problem names its sheet, row and column; locate places any pointer. */
class LocatedProblemsTest {

    static final String SIDE = "{\"formatVersion\": \"1.0\", \"id\": \"t\"}";
    static final String HEADER = "序号,岗位编号,岗位名称,产业类别,岗位类别,学历要求,工作经验,紧缺程度,参考薪酬,备注\n";

    @TempDir
    Path dir;

    private CatalogDocument csv(String rows) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        Files.writeString(CatalogTables.sideFileOf(file), SIDE);
        return CatalogTables.standard().read(file);
    }

    private static Issue at(CatalogDocument doc, String cell) {
        return doc.problems().stream().filter(p -> cell.equals(p.cell())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + cell + ": " + doc.problems()));
    }

    @Test
    void reportsAnUnknownColumnAtItsHeaderCell() throws IOException {
        Issue p = at(csv(""), "J1");
        assertEquals("read:unknownColumn", p.rule());
        assertEquals(Severity.ERROR, p.severity());
    }

    @Test
    void reportsUnreadableWordsAtTheirCellWithThePointer() throws IOException {
        CatalogDocument doc = csv("1,A1,工程师,集成电路,应用技术类,名校优先,若干年,很紧缺,很高,\n");
        assertEquals("/positions/0/requirements/education", at(doc, "F2").pointer());
        assertEquals("/positions/0/requirements/experience/minYears", at(doc, "G2").pointer());
        assertEquals("/positions/0/shortage/level", at(doc, "H2").pointer());
        assertEquals("/positions/0/demand/salary", at(doc, "I2").pointer());
        assertEquals("read:value", at(doc, "F2").rule());
    }

    @Test
    void placesPointersInCellsRowsAndTheSideFile() throws IOException {
        CatalogDocument doc = csv("1,A1,工程师,集成电路,应用技术类,本科,3年以上,★★,,\n\n2,A2,设计师,集成电路,应用技术类,硕士,,★,,\n");
        assertEquals("C4", doc.locate("/positions/1/name/zh"));
        assertEquals("C4", doc.locate("/positions/1/name"));
        assertEquals("F2", doc.locate("/positions/0/requirements/education"));
        assertEquals("4:4", doc.locate("/positions/1/description"));
        assertEquals("t.catalog.json:1:32", doc.locate("/id"));
        assertEquals("t.catalog.json:1:1", doc.locate("/edition"));
    }

    @Test
    void reportsAMissingRequiredColumnOnceAtTheHeaderRow() throws IOException {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "岗位编号,岗位名称,产业类别,学历要求\nA,B,集成电路,本科\n");
        CatalogDocument doc = CatalogTables.standard().readCsv(file, null);
        List<Issue> missing = doc.problems().stream().filter(p -> p.rule().equals("read:missingColumn")).toList();
        assertEquals(1, missing.size());
        assertEquals("1:1", missing.get(0).cell());
        assertTrue(doc.problems().stream().anyMatch(p -> p.rule().equals("read:missingCatalogInfo")));
    }

    @Test
    void aFiveStarTableNeedsAnExplicitMappingAndNamesEachStarCell() throws IOException {
        CatalogDocument doc = csv("1,A1,工程师,集成电路,应用技术类,本科,,★★★★★,,\n2,A2,设计师,集成电路,应用技术类,本科,,★★,,\n");
        assertEquals("read:fiveStars", at(doc, "H2").rule());
        assertEquals("read:fiveStars", at(doc, "H3").rule());
        Path file = dir.resolve("t.csv");
        CatalogDocument mapped = CatalogTables.builder()
                .fiveStarMapping(FiveStarMapping.parse("1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE")).build().read(file);
        assertEquals("VERY_SCARCE", mapped.tree().at("/positions/0/shortage/level").asText());
        assertEquals("GENERALLY_SCARCE", mapped.tree().at("/positions/1/shortage/level").asText());
    }

    @Test
    void threeStarTablesReadWithoutAnyOption() throws IOException {
        CatalogDocument doc = csv("1,A1,工程师,集成电路,应用技术类,硕士及以上,1-3年,★★★,30-50万/年,\n");
        assertEquals(ShortageLevel.VERY_SCARCE.code(), doc.tree().at("/positions/0/shortage/level").asText());
        assertEquals("MASTER", doc.tree().at("/positions/0/requirements/education").asText());
        assertEquals(1, doc.tree().at("/positions/0/requirements/experience/minYears").asInt());
    }

    @Test
    void skipsEmptyRowsAndRowsWithOnlyASerialNumber() throws IOException {
        CatalogDocument doc = csv("1,A1,工程师,集成电路,应用技术类,本科,,,,\n,,,,,,,,,\n3,,,,,,,,,\n");
        assertEquals(1, doc.tree().path("positions").size());
    }

    @Test
    void xlsxProblemsNameTheSheetAndFillMergedCellsDownWithAWarning() throws IOException {
        Path file = dir.resolve("v.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            List<String> header = List.of("岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            String[][] rows = {{"A1", "工程师", "集成电路", "应用技术类", "本科"}, {"A2", "设计师", null, "应用技术类", "博士后"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 5; c++) {
                    if (rows[r][c] != null) {
                        ws.value(r + 1, c, rows[r][c]);
                    }
                }
            }
            ws.range(1, 2, 2, 2).merge();
            Worksheet info = wb.newWorksheet("目录信息");
            info.value(0, 0, "目录编号");
            info.value(0, 1, "BAD ID");
            wb.finish();
        }
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals("read:mergedCells", at(doc, "岗位!C2:C3").rule());
        assertEquals(Severity.WARNING, at(doc, "岗位!C2:C3").severity());
        assertEquals("INTEGRATED_CIRCUIT", doc.tree().at("/positions/1/industry").asText());
        assertEquals("/positions/1/requirements/education", at(doc, "岗位!E3").pointer());
        assertEquals("目录信息!B1", doc.locate("/id"));
        assertEquals("目录信息", doc.locate("/edition/version"));
    }

    @Test
    void aFormulaWithoutASavedResultIsAnUnreadableCellNotAMissingValue() throws IOException {
        Path file = dir.resolve("f.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0"); // like most programs, writes formulas uncalculated
            Worksheet ws = wb.newWorksheet("岗位");
            List<String> header = List.of("序号", "岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            ws.formula(1, 0, "ROW()-1");
            ws.value(1, 1, "A1");
            ws.value(1, 2, "工程师");
            ws.value(1, 3, "集成电路");
            ws.value(1, 4, "应用技术类");
            ws.formula(1, 5, "VLOOKUP(B2,学历!A:B,2,FALSE)");
            wb.finish();
        }
        CatalogDocument doc = CatalogTables.standard().read(file);
        Issue p = at(doc, "岗位!F2");
        assertEquals("read:cell", p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("/positions/0/requirements/education", p.pointer());
        assertTrue(p.text().zh().startsWith("公式没有保存的计算结果（=VLOOKUP(B2,学历!A:B,2,FALSE)）"), p.text().zh());
        assertTrue(p.text().enOrZh().startsWith("the formula (=VLOOKUP(B2,学历!A:B,2,FALSE)) has no saved result"), p.text().enOrZh());
        assertTrue(doc.problems().stream().noneMatch(q -> q.rule().equals("read:formula")), doc.problems()::toString);
        assertTrue(doc.problems().stream().noneMatch(q -> "岗位!A2".equals(q.cell())), "序号 is not read");
        assertTrue(doc.tree().at("/positions/0/requirements").isObject(), "the member's object is there, the member is not");
        assertTrue(doc.tree().at("/positions/0/requirements/education").isMissingNode());
    }

    @Test
    void toCatalogRefusesATableWithErrorsNamingTheCell() throws IOException {
        CatalogDocument doc = csv("1,A1,工程师,集成电路,应用技术类,名校优先,,,,\n");
        TabularException e = assertThrows(TabularException.class, doc::toCatalog);
        assertEquals("J1", e.issue().cell());
    }

    @Test
    void undoesFormulaNeutralisationExactlyOnReading() throws IOException {
        Catalog c = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json"));
        var p = c.positions().get(0);
        var dangerous = p.toBuilder().name("=HYPERLINK(\"http://x\")", "+1").description(
                org.talentcatalog.model.LocalizedText.of("-2", "@SUM(A1)")).build();
        Catalog attacked = c.withPositions(List.of(dangerous, p.toBuilder().id("Q").name("'quoted", "\tTab").build()));
        for (String name : List.of("a.csv", "a.xlsx")) {
            Path file = dir.resolve(name);
            CatalogTables.standard().write(attacked, file);
            assertEquals(attacked, CatalogTables.standard().readCatalog(file));
        }
        String csv = Files.readString(dir.resolve("a.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains(",'+1,") && csv.contains(",'-2,") && csv.contains(",'@SUM(A1),") && csv.contains(",''quoted,"), csv);
    }
}
