package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.CatalogTables;

/** {@code catalog validate} on tables and {@code catalog convert} among JSON, CSV and XLSX. */
class TableCommandsTest {

    static final Path IC = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void convertsJsonToXlsxAndCsvAndBackWithoutLoss() throws IOException {
        Path xlsx = dir.resolve("ic.xlsx");
        Path csv = dir.resolve("ic.csv");
        assertEquals(0, run("convert", IC.toString(), xlsx.toString()), err::toString);
        assertEquals(0, run("convert", xlsx.toString(), csv.toString(), "--levels", "stars", "--charset", "GB18030"), err::toString);
        assertTrue(Files.exists(dir.resolve("ic.catalog.json")));
        Path back = dir.resolve("back.json");
        assertEquals(0, run("convert", csv.toString(), back.toString()), err::toString);
        assertEquals(Files.readString(IC), Files.readString(back));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void validatesAnXlsxNamingEachIssuesCell() throws IOException {
        Path xlsx = dir.resolve("ic.xlsx");
        assertEquals(0, run("convert", IC.toString(), xlsx.toString()));
        assertEquals(0, run("validate", xlsx.toString()), out::toString);
        Path faulty = Path.of("../examples/data/invalid/vendor-spreadsheet-faults.xlsx");
        out.getBuffer().setLength(0);
        assertEquals(1, run("validate", faulty.toString(), "--lang", "en"));
        assertTrue(out.toString().contains("vendor-spreadsheet-faults.xlsx:Sheet1!H5  error  read:value  /positions/2/requirements/experience/minYears"),
                out::toString);
    }

    @Test
    void aTablesMessagesNameItsHeadersAndTheFiveStarOption() throws IOException {
        Path csv = dir.resolve("hz.csv");
        Files.writeString(csv, "岗位编号,职业名称,产业类别,学历,工作经验年限,紧缺指数\nHZ-1,芯片设计工程师,集成电路,,3年,★★★★\n");
        Files.writeString(dir.resolve("hz.catalog.json"), "{\"formatVersion\": \"1.0\", \"id\": \"hz\"}");
        assertEquals(1, run("validate", csv.toString()));
        String zh = out.toString();
        assertTrue(zh.contains("hz.csv:1:1  错误  read:missingColumn  缺少必需的列「岗位类别」（Category）"), zh);
        assertTrue(zh.contains("hz.csv:E1  错误  read:unknownColumn  未知的列「工作经验年限」：是否指「工作经验」？"), zh);
        assertTrue(zh.contains("hz.csv:2:2  错误  schema:required  /positions/0  「岗位类别」为必填"), zh);
        assertTrue(zh.contains("hz.csv:D2  错误  schema:required  /positions/0  「学历」为必填"), zh);
        assertTrue(zh.contains("hz.csv:F2  错误  read:fiveStars  /positions/0/shortage/level  五星制评级（★★★★）：五星到三级的对应没有标准，请用 --five-stars 给出对应关系"), zh);
        assertFalse(zh.contains("缺少必填成员 \"education\"") || zh.contains("缺少必填成员 \"category\""), zh);
        out.getBuffer().setLength(0);
        assertEquals(1, run("validate", csv.toString(), "--lang", "en", "--five-stars", "1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE"));
        String en = out.toString();
        assertTrue(en.contains("hz.csv:2:2  error  schema:required  /positions/0  'Category' is required"), en);
        assertTrue(en.contains("hz.csv:D2  error  schema:required  /positions/0  '学历' is required"), en);
        assertTrue(en.contains("hz.csv:E1  error  read:unknownColumn  unknown column '工作经验年限': did you mean 'Experience'?"), en);
        assertFalse(en.contains("fiveStars"), en);
    }

    @Test
    void anErrorIsNotHiddenByAWarningInATableNorInJson() throws IOException {
        // "Lingang" breaks the region code's pattern (an error) and is unregistered (R10, a warning).
        String text = Files.readString(Path.of("../examples/data/catalogs/lingang-2024.json"))
                .replace("\"code\": \"LINGANG\"", "\"code\": \"Lingang\"");
        Path json = dir.resolve("lingang.json");
        Files.writeString(json, text);
        Path xlsx = dir.resolve("lingang.xlsx");
        CatalogTables.standard().write(CatalogJson.readString(text), xlsx);
        for (Path file : new Path[] {json, xlsx}) {
            out.getBuffer().setLength(0);
            assertEquals(1, run("validate", file.toString(), "--lang", "en"), out::toString);
            assertTrue(out.toString().contains("error  schema:pattern  /scope/region/code"), out::toString);
            assertFalse(out.toString().contains("R10"), out::toString);
            assertTrue(out.toString().contains("invalid, 1 error(s), 0 warning(s)"), out::toString);
        }
    }

    @Test
    void jsonReportOfATableCarriesTheCell() throws IOException {
        Path faulty = Path.of("../examples/data/invalid/vendor-spreadsheet-faults.xlsx");
        assertEquals(1, run("validate", faulty.toString(), "--format", "json"));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals("Sheet1!2:2", report.at("/issues/0/cell").asText());
        assertTrue(report.at("/issues/0/line").isNull());
    }

    @Test
    void aTableWithErrorsIsNotConvertedAndNoOutputIsLeft() {
        Path faulty = Path.of("../examples/data/invalid/vendor-spreadsheet-faults.xlsx");
        Path target = dir.resolve("out.json");
        assertEquals(1, run("convert", faulty.toString(), target.toString()));
        assertFalse(Files.exists(target));
        assertTrue(err.toString().contains("Sheet1!L2"), err::toString);
    }

    @Test
    void anUnreadableWorkbookIsOneLineAndExitTwo() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        Files.writeString(bad, "not a zip", StandardCharsets.UTF_8);
        assertEquals(2, run("validate", bad.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err::toString);
        assertTrue(err.toString().contains("不是 XLSX 工作簿"), err::toString);
    }

    @Test
    void refusesUnknownExtensions() {
        assertEquals(2, run("convert", IC.toString(), dir.resolve("x.txt").toString()));
    }
}
