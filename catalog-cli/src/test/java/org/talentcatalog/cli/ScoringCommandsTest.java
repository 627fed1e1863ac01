package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoringCommandsTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path table() throws Exception {
        Path t = dir.resolve("table.csv");
        Files.writeString(t, "position_id,position_name,ratio,days\nIC-001,设计工程师,3.0,90\n"
                + "IC-002,工艺工程师,1.5,60\nIC-003,测试工程师,0.5,20\nIC-004,版图工程师,2.0,45\n");
        return t;
    }

    private Path config(String classification) throws Exception {
        Path c = dir.resolve("config.json");
        Files.writeString(c, "{\"indicators\": [{\"id\": \"ratio\"}, {\"id\": \"days\"}],"
                + " \"weighting\": {\"method\": \"FIXED\", \"weights\": {\"ratio\": 3, \"days\": 1}},"
                + " \"classification\": " + classification + "}");
        return c;
    }

    @Test
    void scorePrintsAChineseRankedTableByDefault() throws Exception {
        Run r = run(new ScoreCommand(), table().toString(), "--config",
                config("{\"method\": \"THRESHOLDS\", \"VERY_SCARCE\": 0.7, \"SCARCE\": 0.45, \"GENERALLY_SCARCE\": 0.2}").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("排名"));
        assertTrue(r.out().contains("非常紧缺"));
        assertTrue(r.out().indexOf("IC-001") < r.out().indexOf("IC-003"));
    }

    @Test
    void scoreWithJsonFormatWritesOnlyJsonInEnglishOnRequest() throws Exception {
        Run r = run(new ScoreCommand(), table().toString(), "--config",
                config("{\"method\": \"JENKS\", \"classes\": 3}").toString(), "--format", "json", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("IC-001", json.at("/positions/0/id").asText());
        assertEquals(4, json.at("/classification/breaks").size());
        assertEquals(0.75, json.at("/weights/ratio").asDouble(), 1e-12);
    }

    @Test
    void scoreWritesToTheOutFile() throws Exception {
        Path out = dir.resolve("result.json");
        Run r = run(new ScoreCommand(), table().toString(), "--config",
                config("{\"method\": \"JENKS\", \"classes\": 3}").toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().isEmpty());
        assertEquals("IC-001", new ObjectMapper().readTree(out.toFile()).at("/positions/0/id").asText());
    }

    private Path template() throws Exception {
        Path t = dir.resolve("template.json");
        StringBuilder positions = new StringBuilder();
        String[] names = {"设计工程师", "工艺工程师", "测试工程师"};
        for (int i = 0; i < names.length; i++) {
            positions.append(i == 0 ? "" : ",").append("{\"id\": \"IC-00").append(i + 1).append("\", \"name\": {\"zh\": \"")
                    .append(names[i]).append("\"}, \"industry\": \"INTEGRATED_CIRCUIT\", \"category\": \"APPLIED_TECHNOLOGY\",")
                    .append(" \"requirements\": {\"education\": \"BACHELOR\"}}");
        }
        Files.writeString(t, "{\"formatVersion\": \"1.0\", \"id\": \"t-ic\", \"title\": {\"zh\": \"模板\"},"
                + " \"kind\": \"INDUSTRY\", \"level\": \"MUNICIPAL\", \"scope\": {\"industries\": [\"INTEGRATED_CIRCUIT\"]},"
                + " \"edition\": {\"version\": \"2025\"}, \"status\": \"DRAFT\","
                + " \"issuance\": {\"compilers\": [{\"name\": \"某局\", \"role\": \"INDUSTRY_AUTHORITY\"}]},"
                + " \"positions\": [" + positions + "]}");
        return t;
    }

    @Test
    void scoreWithCatalogWritesTheDraftToOutAndTheResultToStdout() throws Exception {
        Path draft = dir.resolve("draft.json");
        Run r = run(new ScoreCommand(), table().toString(), "--config",
                config("{\"method\": \"THRESHOLDS\", \"VERY_SCARCE\": 0.7, \"SCARCE\": 0.45, \"GENERALLY_SCARCE\": 0.2}")
                        .toString(), "--catalog", template().toString(), "--out", draft.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("IC-001"));
        JsonNode json = new ObjectMapper().readTree(draft.toFile());
        assertEquals("DRAFT", json.get("status").asText());
        assertEquals("VERY_SCARCE", json.at("/positions/0/shortage/level").asText());
        assertEquals(0.7, json.at("/methodology/scoring/thresholds/VERY_SCARCE").asDouble(), 1e-12);
        assertTrue(r.err().contains("IC-004"), "IC-004 is listed but not in the template: " + r.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void catalogWithoutOutAndABrokenTemplateExitTwo() throws Exception {
        String cfg = config("{\"method\": \"JENKS\", \"classes\": 3}").toString();
        Run noOut = run(new ScoreCommand(), table().toString(), "--config", cfg, "--catalog", template().toString(),
                "--lang", "en");
        assertEquals(2, noOut.code());
        assertEquals("catalog score: --catalog needs --out FILE for the draft catalog", noOut.err().strip());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": \"1.0\",\n \"status\": 7}");
        Path draft = dir.resolve("draft.json");
        Run bad = run(new ScoreCommand(), table().toString(), "--config", cfg, "--catalog", broken.toString(),
                "--out", draft.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("catalog score: " + broken + ":2:"), bad.err());
        assertFalse(Files.exists(draft));
    }

    @Test
    void aTemplateThatCannotBeReadIsNamedWithoutAMadeUpLine() throws Exception {
        Path missing = dir.resolve("missing.json");
        Run r = run(new ScoreCommand(), table().toString(), "--config", config("{\"method\": \"JENKS\", \"classes\": 3}")
                .toString(), "--catalog", missing.toString(), "--out", dir.resolve("draft.json").toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertEquals("catalog score: " + missing + ": no such file", r.err().strip());
    }

    @Test
    void badInputExitsTwoWithOneLocatedLineAndNoStackTrace() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "position_id,ratio,days\nIC-001,abc,3\nIC-002,1,2\n");
        Run r = run(new ScoreCommand(), bad.toString(), "--config",
                config("{\"method\": \"JENKS\", \"classes\": 3}").toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertEquals("catalog score: bad.csv:2:8: not a number in column ratio: abc", r.err().strip());
        Run jenks = run(new ScoreCommand(), table().toString(), "--config",
                config("{\"method\": \"JENKS\", \"classes\": 5}").toString());
        assertEquals(2, jenks.code());
        Path jenksConfig = dir.resolve("config.json");
        assertTrue(jenks.err().startsWith("catalog score: " + jenksConfig + ": $.classification.classes: "), jenks.err());
        assertFalse(jenks.err().contains("Exception"));
        assertEquals(2, run(new ScoreCommand(), dir.resolve("missing.csv").toString(), "--config", "x.json").code());
        assertEquals(2, run(new ScoreCommand(), table().toString()).code());
    }

    @Test
    void consensusReportsKendallWAndItemStatistics() throws Exception {
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "expert_id,item_id,score\nA,x,5\nA,y,3\nA,z,1\nB,x,4\nB,y,3\nB,z,2\nC,x,5\nC,y,\nC,z,2\n");
        Run text = run(new ConsensusCommand(), ratings.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("W = 1.0000"));
        assertTrue(text.out().contains("排除"));
        Run json = run(new ConsensusCommand(), ratings.toString(), "--format", "json");
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertEquals(1.0, node.get("w").asDouble(), 1e-12);
        assertEquals("C", node.at("/excludedExperts/0").asText());
        assertEquals("wCorrected", node.get("chiSquareUses").asText());
    }

    @Test
    void aValueScoringCannotComputeWithIsALocatedErrorNotANaNScore() throws Exception {
        Path t = dir.resolve("huge.csv");
        Files.writeString(t, "position_id,ratio,days\nIC-001,1e308,90\nIC-002,-1e308,60\nIC-003,1,20\n");
        Run r = run(new ScoreCommand(), t.toString(), "--config",
                config("{\"method\": \"JENKS\", \"classes\": 3}").toString(), "--format", "json", "--lang", "en");
        assertEquals(2, r.code());
        assertEquals("catalog score: huge.csv:2:8: value in column ratio must be <= 10^15: 1e308", r.err().strip());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void consensusWithoutAnyRankingLeavesWOutAndWarns() throws Exception {
        Path ratings = dir.resolve("ties.csv");
        Files.writeString(ratings, "expert_id,item_id,score\nA,x,3\nA,y,3\nB,x,4\nB,y,4\n");
        Run json = run(new ConsensusCommand(), ratings.toString(), "--format", "json", "--lang", "en");
        assertEquals(0, json.code(), json.err());
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertFalse(node.has("w") || node.has("pValue"));
        assertTrue(node.at("/warnings/0").asText().contains("undefined"));
    }
}
