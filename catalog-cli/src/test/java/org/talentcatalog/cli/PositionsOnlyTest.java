package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table without its catalog-level members: one error that says what to add, or {@code --positions-only}. */
class PositionsOnlyTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** The IC catalog's positions as CSV, without the side file. */
    private Path rows() {
        Path csv = dir.resolve("ic.csv");
        assertEquals(0, run("convert", TableCommandsTest.IC.toString(), csv.toString()), err::toString);
        try {
            Files.delete(dir.resolve("ic.catalog.json"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return csv;
    }

    /** A workbook with a 岗位 sheet only: one position, its 学历要求 cell (E2) as given. */
    private Path workbook(String education) throws IOException {
        Path file = dir.resolve("rows.xlsx");
        try (OutputStream o = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(o, "test", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            List<String> header = List.of("岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "紧缺程度");
            List<String> row = List.of("A1", "集成电路设计工程师", "集成电路", "应用技术类", education, "紧缺");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.value(1, c, row.get(c));
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void aCsvWithoutItsSideFileGetsOneErrorSayingWhatToAdd() {
        Path csv = rows();
        assertEquals(1, run("validate", csv.toString(), "--lang", "en"));
        assertEquals(List.of(csv + "  error  read:missingCatalogInfo  no side file ic.catalog.json: add ic.catalog.json beside the CSV file, "
                + "holding the catalog's JSON without positions, with at least formatVersion, id, title, kind, level, scope, edition, "
                + "status and issuance; to check delivered positions alone, use --positions-only",
                csv + ": invalid, 1 error(s), 0 warning(s)"), out.toString().lines().toList());
    }

    @Test
    void aWorkbookWithoutItsInfoSheetGetsOneError() throws IOException {
        Path xlsx = workbook("本科");
        assertEquals(1, run("validate", xlsx.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out::toString);
        assertEquals(xlsx + "  错误  read:missingCatalogInfo  工作簿中没有「目录信息」工作表：请添加名为「目录信息」的工作表，每行一项「项目 | 值」，"
                + "至少填写格式版本、目录编号、目录名称、目录类型、发布层级、版本、状态、编制部门，以及按目录类型填写的产业范围、区域代码或专项名称"
                + "（./catalog template 生成的模板中有此表）；若只交付岗位，可用 --positions-only 只校验岗位", lines.get(0));
        assertEquals(xlsx + ": 未通过，1 个错误，0 个警告", lines.get(1));
    }

    @Test
    void positionsOnlyValidatesTheRowsAlone() throws IOException {
        Path csv = rows();
        assertEquals(0, run("validate", csv.toString(), "--positions-only", "--lang", "en"), out::toString);
        assertEquals(csv + ": valid, 0 error(s), 0 warning(s)", out.toString().strip());

        Path xlsx = workbook("名校优先");
        assertEquals(1, run("validate", xlsx.toString(), "--positions-only", "--format", "json"));
        String report = out.toString();
        assertFalse(report.contains("missingCatalogInfo"), report);
        assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).get("errors").asInt(), report);
        assertEquals("岗位!E2", new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).at("/issues/0/cell").asText(), report);
    }

    @Test
    void positionsOnlyIgnoresAnInfoSheetThatIsThere() throws IOException {
        Path xlsx = dir.resolve("ic.xlsx");
        assertEquals(0, run("convert", TableCommandsTest.IC.toString(), xlsx.toString()));
        assertEquals(0, run("validate", xlsx.toString(), "--positions-only", "--lang", "en"));
        assertEquals(xlsx + ": valid, 0 error(s), 0 warning(s)", out.toString().strip());
    }

    @Test
    void convertRefusesPositionsWithoutTheCatalogLevelMembers() {
        Path csv = rows();
        Path target = dir.resolve("ic.json");
        assertEquals(1, run("convert", csv.toString(), target.toString(), "--lang", "en"));
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err::toString);
        assertTrue(lines.get(0).startsWith(csv + "  error  read:missingCatalogInfo  no side file ic.catalog.json: "), lines.get(0));
        assertEquals(csv + ": invalid, 1 error(s), 0 warning(s)", lines.get(1));
        assertEquals("catalog convert: the input has 1 error(s); " + target + " not written (--force writes anyway)", lines.get(2));
        assertFalse(Files.exists(target));
    }
}
