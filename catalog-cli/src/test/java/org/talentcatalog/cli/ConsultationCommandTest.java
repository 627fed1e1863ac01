package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.tabular.PlainTables;
import org.talentcatalog.tabular.TableLimits;

/** {@code catalog consultation} on the worked example, in its three formats, and its refusals. */
class ConsultationCommandTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final String DRAFT = DATA.resolve("lifecycle/sh-ic-2025-consultation-draft.json").toString();
    private static final String FINAL = DATA.resolve("catalogs/sh-ic-2025.json").toString();
    private static final String COMMENTS = DATA.resolve("lifecycle/comments-2025.csv").toString();

    @TempDir
    Path dir;

    @Test
    void theStatementInMarkdownJsonAndXlsx() throws Exception {
        Run md = run("consultation", DRAFT, FINAL, "--comments", COMMENTS);
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# 意见采纳情况说明\n\n| 序号 | 反馈人/单位 | 意见内容 | 涉及岗位 | 是否采纳 | 采纳理由 | 对应修改 | 核对 |"), md.out());
        assertTrue(md.out().contains("| IC-012 /shortage/score: 0.63 → 0.67 | 已修改，但无意见或说明 |"), md.out());
        Run json = run("consultation", DRAFT, FINAL, "--comments", COMMENTS, "--format", "json");
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals(7, tree.get("entries").size());
        assertEquals("IC-012", tree.get("unexplained").get(0).get("position").asText());
        Path xlsx = dir.resolve("statement.xlsx");
        Run x = run("consultation", DRAFT, FINAL, "--comments", COMMENTS, "--format", "xlsx", "--out", xlsx.toString(), "--lang", "en");
        assertEquals(0, x.code(), x.err());
        PlainTables.Table table = PlainTables.read(xlsx, TableLimits.defaults());
        assertEquals("comments", table.sheet());
        assertEquals("Check", table.rows().get(0).cell(7));
        assertEquals(9, table.rows().size(), "a header, 7 comments and the unexplained change");
    }

    @Test
    void refusalsExitTwo() throws Exception {
        Run noOut = run("consultation", DRAFT, FINAL, "--comments", COMMENTS, "--format", "xlsx");
        assertEquals(2, noOut.code());
        assertEquals("catalog consultation: --format xlsx 需要用 --out FILE 指定输出文件", noOut.err().strip());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "序号,意见内容,是否采纳\n1,建议,同意\n", StandardCharsets.UTF_8);
        Run decision = run("consultation", DRAFT, FINAL, "--comments", bad.toString());
        assertEquals(2, decision.code());
        assertTrue(decision.err().startsWith("catalog consultation: bad.csv:2:3: “是否采纳”的值“同意”无效"), decision.err());
        Path pdf = dir.resolve("c.pdf");
        Files.writeString(pdf, "%PDF-1.4\n");
        Run notTable = run("consultation", DRAFT, FINAL, "--comments", pdf.toString(), "--lang", "en");
        assertEquals(2, notTable.code());
        assertTrue(notTable.err().startsWith("catalog consultation: " + pdf + ": "), notTable.err());
        assertFalse(notTable.err().contains("Exception"), notTable.err());
    }
}
