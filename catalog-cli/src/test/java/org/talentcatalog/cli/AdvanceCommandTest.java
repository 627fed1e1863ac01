package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog advance}: a move written with its record, a refusal said per missing thing (exit 1), a wrong call (exit 2). */
class AdvanceCommandTest {

    private static final String DRAFT = Path.of("../examples/data/catalogs/draft-minhang-ai-2025.json").toString();

    @TempDir
    Path dir;

    @Test
    void aMoveIsWrittenWithItsRecord() throws Exception {
        Path out = dir.resolve("review.json");
        Run r = run("advance", DRAFT, "--to", "EXPERT_REVIEW", "--on", "2025-01-05", "--note", "送专家论证", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("已写出 " + out + "：状态“编制中”→“专家论证”（2025-01-05）", r.out().strip());
        JsonNode written = new ObjectMapper().readTree(out.toFile());
        assertEquals("EXPERT_REVIEW", written.get("status").asText());
        assertEquals("{\"from\":\"DRAFT\",\"to\":\"EXPERT_REVIEW\",\"date\":\"2025-01-05\",\"note\":\"送专家论证\"}",
                written.get("x-transitions").get(0).toString());
        Run valid = run("validate", out.toString());
        assertEquals(0, valid.code(), valid.out() + valid.err());
    }

    @Test
    void aRefusalSaysWhatIsMissingAndWritesNothing() {
        Path out = dir.resolve("out.json");
        Path reviewed = dir.resolve("review.json");
        assertEquals(0, run("advance", DRAFT, "--to", "EXPERT_REVIEW", "--on", "2025-01-05", "--out", reviewed.toString()).code());
        Run r = run("advance", reviewed.toString(), "--to", "PUBLIC_CONSULTATION", "--on", "2025-01-20", "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("catalog advance: " + reviewed + ": 不能转为“公开征求意见”，缺少以下 1 项：\n"
                + "  [L3] /methodology: 公开征求意见前须记录专家论证：methodology.consultations 中缺少类型为 EXPERT_REVIEW（专家论证会）的一项",
                r.err().strip());
        assertFalse(Files.exists(out));
        Run en = run("advance", DRAFT, "--to", "APPROVED", "--on", "2025-01-20", "--out", out.toString(), "--lang", "en");
        assertEquals(1, en.code());
        assertTrue(en.err().contains("[L1] /status: cannot move from \"draft\" to \"approved\""), en.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void approvalChecksTheCommentsOfASheet() throws Exception {
        Path out = dir.resolve("approved.json");
        Run r = run("advance", "../examples/data/lifecycle/sh-ic-2025-consultation-draft.json", "--to", "APPROVED",
                "--on", "2025-02-20", "--comments", "../examples/data/lifecycle/comments-2025.csv", "--out", out.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of(
                "  [L4] /methodology: approval needs a closed public consultation: methodology.consultations has no item of type PUBLIC_CONSULTATION dated on or before 2025-02-20",
                "  [L5] /x-comments/7: comment 8 is not answered: its decision is missing",
                "  [L6] /x-comments/5/reason: comment 6 is marked \"partly adopted\" but gives no reason"),
                r.err().lines().skip(1).toList());
        assertFalse(Files.exists(out));
        Path sheet = dir.resolve("answered.csv");
        Files.writeString(sheet, "序号,反馈人/单位,意见内容,涉及岗位,是否采纳,采纳理由\n1,某企业,建议增加功率半导体器件工程师,功率半导体器件工程师,采纳,已增列\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path reviewed = dir.resolve("review.json");
        assertEquals(0, run("advance", DRAFT, "--to", "EXPERT_REVIEW", "--on", "2025-01-05", "--comments", sheet.toString(),
                "--out", reviewed.toString()).code());
        JsonNode recorded = new ObjectMapper().readTree(reviewed.toFile()).get("x-comments").get(0);
        assertEquals("{\"no\":1,\"from\":\"某企业\",\"text\":\"建议增加功率半导体器件工程师\",\"positions\":[\"功率半导体器件工程师\"],"
                + "\"decision\":\"ADOPTED\",\"reason\":\"已增列\"}", recorded.toString(), "a name no position has is kept as given");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "序号,反馈人\n1,某企业\n", java.nio.charset.StandardCharsets.UTF_8);
        Run refused = run("advance", DRAFT, "--to", "EXPERT_REVIEW", "--comments", bad.toString(), "--out", out.toString());
        assertEquals(2, refused.code());
        assertEquals("catalog advance: bad.csv:1:1: 表头缺少“意见内容”列", refused.err().strip());
    }

    @Test
    void aWrongCallIsExitTwo() {
        String out = dir.resolve("out.json").toString();
        Run date = run("advance", DRAFT, "--to", "EXPERT_REVIEW", "--on", "2025-02-30", "--out", out);
        assertEquals(2, date.code());
        assertTrue(date.err().startsWith("catalog advance: --on 的值“2025-02-30”无效：应为日期 YYYY-MM-DD"), date.err());
        Run status = run("advance", DRAFT, "--to", "DONE", "--out", out, "--lang", "en");
        assertEquals(2, status.code());
        assertTrue(status.err().contains("EXPERT_REVIEW"), status.err());
        Run missing = run("advance", dir.resolve("none.json").toString(), "--to", "EXPERT_REVIEW", "--out", out);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("文件不存在"), missing.err());
    }
}
