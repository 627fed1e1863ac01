package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code catalog normalize}: column choice, the three output forms, the review loop, errors. */
class NormalizeCommandTest {

    private static final String CATALOG = "../examples/data/catalogs/sh-ic-2024.json";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path titles() throws IOException {
        return Files.writeString(dir.resolve("titles.csv"),
                "编号,岗位名称,备注\n1,软件开发工程师（双休）,a\n2,会计,b\n3,软件开发工程师（双休）,c\n4,,d\n");
    }

    @Test
    void textIsOneLinePerRowInInputOrderThenTheSummary() throws IOException {
        Run r = run("normalize", titles().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "第 2 行  软件开发工程师（双休） → 2-02-10-03 计算机软件工程技术人员（高）",
                "第 3 行  会计 → 2-06-03-00 会计专业人员（高）",
                "第 4 行  软件开发工程师（双休） → 2-02-10-03 计算机软件工程技术人员（高）",
                "第 5 行   → （无）（低）",
                "共 4 行，编码 3 个标题：高 3，中 0，低 1"), r.lines());
        assertEquals("", r.err());
        Run en = run("normalize", titles().toString(), "--lang", "en", "--column", "岗位名称", "--catalog", CATALOG);
        assertEquals(0, en.code(), en.err());
        assertTrue(en.lines().get(1).startsWith("row 3  会计 → 2-06-03-00 会计专业人员 (high)  position "), en.out());
        assertTrue(en.lines().get(4).startsWith("4 rows, 3 titles coded: high 3, medium 0, low 1; positions matched: high "), en.out());
    }

    @Test
    void jsonHasOneResultPerDataRowAndASummary() throws IOException {
        Run r = run("normalize", titles().toString(), "--format", "json", "--top", "2", "--catalog", CATALOG);
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("results", "summary"), iterate(root.fieldNames()));
        JsonNode results = root.get("results");
        assertEquals(4, results.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 2, results.get(i).get("row").asInt());
        }
        JsonNode first = results.get(0);
        assertEquals("软件开发工程师（双休）", first.get("title").asText());
        assertEquals("软件开发工程师", first.get("cleaned").asText());
        assertEquals(2, first.get("candidates").size());
        JsonNode c = first.get("candidates").get(0);
        assertEquals("2-02-10-03", c.get("code").asText());
        assertEquals("计算机软件工程技术人员", c.get("name").asText());
        assertEquals(4, c.get("level").asInt());
        assertTrue(c.get("score").asDouble() > 0.5 && c.get("score").asDouble() <= 1, c.toString());
        assertEquals("HIGH", first.get("confidence").asText());
        assertTrue(first.has("position"), first.toString());
        assertEquals(0, results.get(3).get("candidates").size());
        assertEquals("LOW", results.get(3).get("confidence").asText());
        JsonNode summary = root.get("summary");
        assertEquals(4, summary.get("rows").asInt());
        assertEquals(3, summary.get("coded").asInt());
        assertEquals(3, summary.get("confidence").get("HIGH").asInt());
        assertEquals(1, summary.get("confidence").get("LOW").asInt());
    }

    @Test
    void aPostingTitleFindsItsCatalogPosition() throws IOException {
        Path f = Files.writeString(dir.resolve("t.csv"), "title\n光刻工艺工程师（上海张江，年薪40万+）\n");
        JsonNode p = new ObjectMapper().readTree(run("normalize", f.toString(), "--format", "json", "--catalog", CATALOG).out())
                .get("results").get(0).get("position");
        assertEquals("IC-004", p.get("id").asText());
        assertEquals("HIGH", p.get("confidence").asText());
    }

    @Test
    void theReviewersSheetListsEachTitleOnceAndReadsBackAsAliases() throws IOException {
        String odd = "奇怪岗位名称甲乙丙";
        Path f = Files.writeString(dir.resolve("t.csv"), "job_name\n" + odd + "\n会计\n" + odd + "\n");
        Run sheet = run("normalize", f.toString(), "--format", "csv");
        assertEquals(0, sheet.code(), sheet.err());
        List<String> lines = sheet.lines();
        assertEquals("row,title,cleaned,code_1,name_1,score_1,code_2,name_2,score_2,code_3,name_3,score_3,confidence,answer_code,reviewed_code",
                lines.get(0));
        assertEquals(3, lines.size(), sheet.out());
        assertTrue(lines.get(1).startsWith("2," + odd + "," + odd + ","), lines.get(1));
        assertTrue(lines.get(2).startsWith("3,会计,会计,2-06-03-00,会计专业人员,"), lines.get(2));
        assertTrue(!lines.get(1).contains(",4-04-05-03,"), lines.get(1));
        Path reviewed = Files.writeString(dir.resolve("reviewed.csv"),
                String.join("\n", lines.get(0), lines.get(1) + "4-04-05-03", lines.get(2)) + "\n");
        Run taught = run("normalize", f.toString(), "--aliases", reviewed.toString());
        assertEquals(0, taught.code(), taught.err());
        assertTrue(taught.lines().get(0).startsWith("第 2 行  " + odd + " → 4-04-05-03 呼叫中心服务员"), taught.out());
    }

    @Test
    void anXlsxWorkbookIsReadLikeACsv() throws IOException {
        Path x = dir.resolve("titles.xlsx");
        try (OutputStream os = Files.newOutputStream(x)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("标题");
            ws.value(0, 0, "序号");
            ws.value(0, 1, "职位名称");
            ws.value(1, 0, 1);
            ws.value(1, 1, "会计");
            wb.finish();
        }
        Run r = run("normalize", x.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("第 2 行  会计 → 2-06-03-00 会计专业人员（高）", r.lines().get(0));
    }

    @Test
    void aReviewedWorkbookTeachesTheCoderAndABadCodeIsNamedByItsCell() throws IOException {
        String odd = "奇怪岗位名称甲乙丙";
        Path titles = Files.writeString(dir.resolve("t.csv"), "title\n" + odd + "\n");
        Path good = workbook("good.xlsx", new String[][] {{"title", "reviewed_code"}, {odd, "4-04-05-03"}, {"会计", ""}});
        Run taught = run("normalize", titles.toString(), "--aliases", good.toString());
        assertEquals(0, taught.code(), taught.err());
        assertTrue(taught.lines().get(0).startsWith("第 2 行  " + odd + " → 4-04-05-03 呼叫中心服务员"), taught.out());
        Path bad = workbook("bad.xlsx", new String[][] {{"title", "reviewed_code"}, {odd, "4-04-05-03"}, {"会计", "4-04-05-99"}});
        Run refused = run("normalize", titles.toString(), "--aliases", bad.toString(), "--lang", "en");
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("catalog normalize: " + bad + ":复核!B3: the reviewed code 4-04-05-99 is not in the 2022"),
                refused.err());
    }

    private Path workbook(String name, String[][] rows) throws IOException {
        Path x = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(x)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("复核");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    ws.value(r, c, rows[r][c]);
                }
            }
            wb.finish();
        }
        return x;
    }

    @Test
    void badInputIsOneLocatedLineAndExitTwo() throws IOException {
        Path f = titles();
        Run noColumn = run("normalize", f.toString(), "--column", "职位");
        assertEquals(2, noColumn.code());
        assertEquals("catalog normalize: " + f + ":1:1: 没有名为“职位”的列（表头：编号, 岗位名称, 备注）", noColumn.err().strip());
        Run missing = run("normalize", dir.resolve("none.csv").toString(), "--lang", "en");
        assertEquals(2, missing.code());
        assertEquals("catalog normalize: " + dir.resolve("none.csv") + ": no such file", missing.err().strip());
        Path pdf = Files.writeString(dir.resolve("t.csv.pdf"), "%PDF-1.4\n");
        Run refused = run("normalize", pdf.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("catalog normalize: " + pdf + ": "), refused.err());
        Path badQuote = Files.writeString(dir.resolve("q.csv"), "title\n\"open\n");
        Run unparsed = run("normalize", badQuote.toString());
        assertEquals(2, unparsed.code());
        assertTrue(unparsed.err().startsWith("catalog normalize: " + badQuote + ":2:1: "), unparsed.err());
        Run top = run("normalize", f.toString(), "--top", "11");
        assertEquals(2, top.code());
        assertEquals("catalog normalize: --top 应在 1 到 10 之间，而不是 11", top.err().strip());
        Path reviewed = Files.writeString(dir.resolve("r.csv"), "title,reviewed_code\n会计,9-99\n");
        Run bad = run("normalize", f.toString(), "--aliases", reviewed.toString());
        assertEquals(2, bad.code());
        assertEquals("catalog normalize: " + reviewed + ":2:4: 复核代码 9-99 格式不对：应形如 4-04-05-03 或 2-02-38", bad.err().strip());
        assertEquals("", bad.out());
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
