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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.tabular.PlainTables;
import org.talentcatalog.tabular.TableLimits;

/** {@code score --consultation-sheet}: which positions to consult on, in the JSON and as a sheet. */
class ConsultationSheetTest {

    private static final Path DATA = Path.of("../examples/data/scoring");
    private static final String SAMPLES = DATA.resolve("ic-survey-samples.csv").toString();
    private static final String CONFIG = DATA.resolve("ic-scoring-config.json").toString();

    @TempDir
    Path dir;

    @Test
    void theSheetAndTheJsonAgree() throws Exception {
        Path sheet = dir.resolve("split.xlsx");
        Run r = run("score", SAMPLES, "--config", CONFIG, "--format", "json", "--consultation-sheet", sheet.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode split = new ObjectMapper().readTree(r.out()).get("consultation");
        assertEquals(0.9, split.get("threshold").asDouble());
        PlainTables.Table t = PlainTables.read(sheet, TableLimits.defaults());
        assertEquals(List.of("岗位编号", "岗位名称", "紧缺程度", "评分", "该等级概率", "分组"), t.rows().get(0).cells());
        List<String> expected = new ArrayList<>();
        split.get("confident").forEach(id -> expected.add(id.asText() + " 确定列入"));
        split.get("targeted").forEach(id -> expected.add(id.asText() + " 重点征求意见"));
        split.get("confidentOff").forEach(id -> expected.add(id.asText() + " 确定不列入"));
        assertEquals(expected, t.rows().subList(1, t.rows().size()).stream().map(row -> row.cell(0) + " " + row.cell(5)).toList());
        assertFalse(split.get("targeted").isEmpty());
    }

    @Test
    void withoutABootstrapTheSheetIsRefused() throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, Files.readString(Path.of(CONFIG), StandardCharsets.UTF_8)
                .replace("\"uncertainty\": {\"bootstrap\": 200, \"seed\": 42},", ""), StandardCharsets.UTF_8);
        Path sheet = dir.resolve("split.xlsx");
        Run r = run("score", SAMPLES, "--config", config.toString(), "--consultation-sheet", sheet.toString());
        assertEquals(2, r.code());
        assertEquals("catalog score: --consultation-sheet 需要等级概率：请在评分配置中设置 \"uncertainty\": {\"bootstrap\": 200}（调研样本输入）",
                r.err().strip());
        assertFalse(Files.exists(sheet));
        Run high = run("score", SAMPLES, "--config", CONFIG, "--consultation-sheet", sheet.toString(), "--confidence", "1.5", "--lang", "en");
        assertEquals(2, high.code());
        assertTrue(high.err().contains("--confidence"), high.err());
    }
}
