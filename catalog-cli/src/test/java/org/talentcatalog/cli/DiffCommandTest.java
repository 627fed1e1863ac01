package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final Path CATALOGS = Path.of("../examples/data/catalogs");
    private static final String OLD = CATALOGS.resolve("sh-ic-2024.json").toString();
    private static final String NEW = CATALOGS.resolve("sh-ic-2025.json").toString();

    @TempDir
    Path dir;

    @Test
    void textChangelogIsChineseByDefaultAndExitsZero() {
        Run r = run("diff", OLD, NEW);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("新增岗位 2"), r.out());
        assertTrue(r.out().contains("IC-004 光刻工艺工程师 → IC-013 先进光刻工艺工程师"));
        assertTrue(r.err().isEmpty());
    }

    @Test
    void markdownInEnglishOnRequest() {
        Run r = run("diff", OLD, NEW, "--format", "markdown", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## Shortage level raised (3)"), r.out());
    }

    @Test
    void aDocumentWithRepeatedAndMissingIdsHasNoChangeAgainstItselfAndTheOutputSaysWhy() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(Path.of(OLD).toFile());
        ArrayNode positions = (ArrayNode) doc.get("positions");
        positions.add(positions.get(0).deepCopy());                                            // IC-001 twice
        ((ObjectNode) positions.get(1)).remove("id");      // one without id
        Path broken = dir.resolve("broken.json");
        mapper.writeValue(broken.toFile(), doc);

        Run text = run("diff", broken.toString(), broken.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("新增岗位 0，删除岗位 0，更名岗位 0"), text.out());
        assertTrue(text.out().contains("注：旧版中岗位编号重复（IC-001），1 个岗位没有编号；新版中岗位编号重复（IC-001），1 个岗位没有编号；"
                + "编号相同或缺失的岗位按在文档中的先后顺序配对"), text.out());
        Run markdown = run("diff", broken.toString(), broken.toString(), "--format", "markdown", "--lang", "en");
        assertTrue(markdown.out().contains("> Note: the older edition has repeated position ids (IC-001) and 1 position(s) without an id;"),
                markdown.out());
        JsonNode json = mapper.readTree(run("diff", broken.toString(), broken.toString(), "--format", "json").out());
        assertEquals(0, json.at("/summary/renamed").asInt());
        assertEquals("IC-001", json.at("/pairedByOrder/older/duplicateIds/0").asText());
        assertEquals(1, json.at("/pairedByOrder/newer/withoutId").asInt());
        assertEquals("[ ]", run("diff", broken.toString(), broken.toString(), "--format", "patch").out().strip());
        assertTrue(mapper.readTree(run("diff", OLD, NEW, "--format", "json").out()).path("pairedByOrder").isMissingNode());
    }

    @Test
    void jsonAndPatchFormatsPrintOnlyJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("diff", OLD, NEW, "--format", "json").out());
        assertEquals(2, json.at("/summary/added").asInt());
        assertEquals("IC-004", json.at("/renamed/0/olderId").asText());
        JsonNode patch = new ObjectMapper().readTree(run("diff", OLD, NEW, "--format", "patch").out());
        assertTrue(patch.isArray() && patch.size() > 0);
        patch.forEach(op -> assertTrue(op.get("op").asText().matches("add|remove|replace|move")));
    }

    @Test
    void withoutRenamesTheRenamedPositionIsARemovalAndAnAddition() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("diff", OLD, NEW, "--format", "json", "--no-renames").out());
        assertEquals(0, json.at("/summary/renamed").asInt());
        assertEquals(3, json.at("/summary/added").asInt());
        assertEquals(2, json.at("/summary/removed").asInt());
    }

    @Test
    void differentCatalogSeriesAreAnErrorUnlessForced() {
        String other = CATALOGS.resolve("lingang-2024.json").toString();
        Run r = run("diff", OLD, other, "--lang", "en");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().contains("sh-ic ≠ lingang-key") && r.err().contains("--force"), r.err());
        assertEquals(0, run("diff", OLD, other, "--force").code());
    }

    @Test
    void unreadableInputIsOneLocatedLineAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"formatVersion\": \"1.0\",\n  \"id\": 5\n}\n");
        Run r = run("diff", OLD, bad.toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("catalog diff: " + bad + ":3:"), r.err());
        assertFalse(r.err().contains("Exception"));
        Run missing = run("diff", OLD, dir.resolve("missing.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("文件不存在"), missing.err());
        assertEquals(2, run("diff", OLD).code());
    }
}
