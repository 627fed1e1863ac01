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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog renew}: the next draft and its changelog, both or neither; refusals exit 2. */
class RenewCommandTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final String PREVIOUS = DATA.resolve("catalogs/sh-ic-2024.json").toString();

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Path scores;

    @BeforeAll
    static void score() {
        scores = shared.resolve("scores.json");
        Run r = run("score", DATA.resolve("scoring/ic-survey-samples.csv").toString(), "--config",
                DATA.resolve("scoring/ic-scoring-config.json").toString(), "--format", "json", "--out", scores.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void theDraftAndItsChangelogAreWritten() throws Exception {
        Path next = dir.resolve("sh-ic-2025.json");
        Run r = run("renew", PREVIOUS, "--scores", scores.toString(), "--out", next.toString());
        assertEquals(0, r.code(), r.err());
        Path changelog = dir.resolve("sh-ic-2025.changelog.markdown");
        assertTrue(r.out().startsWith("已写出 " + next + " 与 " + changelog + "：沿用 "), r.out());
        JsonNode json = new ObjectMapper().readTree(next.toFile());
        assertEquals("DRAFT", json.get("status").asText());
        assertEquals("2025", json.get("edition").get("version").asText());
        assertEquals("2024", json.get("edition").get("supersedes").asText());
        assertFalse(json.has("x-transitions"));
        String md = Files.readString(changelog, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("#"), md);
        int removed = json.has("x-proposedRemovals") ? json.get("x-proposedRemovals").size() : 0;
        assertTrue(r.out().contains("拟删除 " + removed + " 个"), r.out());
    }

    @Test
    void aVersionNotLaterAndABadScoringFileAreRefused() throws Exception {
        Path next = dir.resolve("next.json");
        Run early = run("renew", PREVIOUS, "--scores", scores.toString(), "--out", next.toString(), "--version", "2023", "--lang", "en");
        assertEquals(2, early.code());
        assertEquals("catalog renew: the new version 2023 is malformed or not later than the previous one, 2024: give a later one with --version, e.g. 2026",
                early.err().strip());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"weights\": {}}", StandardCharsets.UTF_8);
        Run notScores = run("renew", PREVIOUS, "--scores", bad.toString(), "--out", next.toString());
        assertEquals(2, notScores.code());
        assertEquals("catalog renew: " + bad + ": 不是评分结果：缺少 positions 数组（应为 catalog score --format json 的输出）", notScores.err().strip());
        assertFalse(Files.exists(next));
    }
}
