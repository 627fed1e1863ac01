package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;

/** The next edition's draft: carried, added, proposed for removal (kept whole), unscored. */
class RenewalTest {

    @TempDir
    Path dir;

    static Catalog previous() {
        Catalog draft = Fixtures.draft();
        return draft.toBuilder().status(Status.PUBLISHED).documentNumber("沪人社力〔2024〕12号")
                .edition(new Edition("2024", Fixtures.day("2024-03-15"), null, null, "2022"))
                .position(Fixtures.position("IC-003", "封装工程师", ShortageLevel.GENERALLY_SCARCE, 0.3))
                .extensions(draft.extensions().with("x-vendor", com.fasterxml.jackson.databind.node.TextNode.valueOf("kept"))
                        .with("x-transitions", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()))
                .build();
    }

    static PositionScore score(String id, String name, double score, ShortageLevel level, Map<String, Double> probabilities) {
        return new PositionScore(id, name, "", score, 1, level, Map.of(), Map.of(), probabilities, null, null);
    }

    static ScoringResult scores() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("VERY_SCARCE", 0.1);
        p.put("SCARCE", 0.85);
        p.put("GENERALLY_SCARCE", 0.05);
        p.put("NONE", 0.0);
        return new ScoringResult(Map.of(), null, "THRESHOLDS", List.of(), List.of(), List.of(
                score("IC-009", "先进封装工程师", 0.91, ShortageLevel.VERY_SCARCE, Map.of()),
                score("IC-001", "集成电路设计工程师", 0.612345, ShortageLevel.SCARCE, p),
                score("IC-002", "光刻工艺工程师", 0.1, null, Map.of()),
                score("IC-010", "测试员", 0.05, null, Map.of())), List.of(), List.of(), null);
    }

    @Test
    void theNextDraftCarriesAddsAndProposesRemovals() {
        Renewal.Result r = Renewal.renew(previous(), scores(), null);
        Catalog next = r.next();
        assertEquals(List.of("IC-001"), r.carried());
        assertEquals(List.of("IC-009"), r.added());
        assertEquals(List.of("IC-002"), r.proposedRemovals());
        assertEquals(List.of("IC-003"), r.unscored());
        assertEquals(Status.DRAFT, next.status());
        assertEquals(Edition.of("2025").withSupersedes("2024"), next.edition());
        assertNull(next.issuance().documentNumber());
        assertEquals(List.of("IC-001", "IC-003", "IC-009"), next.positions().stream().map(Position::id).toList());
        assertEquals(new Shortage(ShortageLevel.SCARCE, 0.6123, 0.85, null), next.positions().get(0).shortage());
        assertEquals(previous().positions().get(2), next.positions().get(1), "unscored: unchanged");
        Position added = next.positions().get(2);
        assertEquals("INTEGRATED_CIRCUIT", added.industry());
        assertEquals(new Shortage(ShortageLevel.VERY_SCARCE, 0.91, null, null), added.shortage());
        assertEquals("new position IC-009 (先进封装工程师) comes from the scoring result and needs: category, requirements",
                r.incomplete().get(0).in(Locale.ENGLISH));
        JsonNode removal = next.extensions().get("x-proposedRemovals").orElseThrow().get(0);
        assertEquals("BELOW_THRESHOLDS", removal.get("reason").asText());
        assertEquals(0.1, removal.get("score").asDouble());
        assertEquals(CatalogJson.toTree(previous()).get("positions").get(1), removal.get("position"), "kept whole");
        assertEquals(List.of("x-vendor", "x-proposedRemovals"), List.copyOf(next.extensions().names()),
                "the previous edition's lifecycle records stay behind");
    }

    @Test
    void theVersionIsLaterThanThePreviousOne() {
        assertEquals("2026", Renewal.renew(previous(), scores(), "2026").next().edition().version());
        assertEquals("2024.1", Renewal.renew(previous(), scores(), "2024.1").next().edition().version());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Renewal.renew(previous(), scores(), "2024"));
        assertEquals("the new version 2024 must be later than the previous one, 2024", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Renewal.renew(previous(), scores(), "next"));
    }

    @Test
    void aScoringResultReadsBackFromItsJson() throws Exception {
        Path file = dir.resolve("scores.json");
        Files.writeString(file, scores().toJson(Locale.ROOT), StandardCharsets.UTF_8);
        ScoringResult back = Renewal.readScores(file);
        assertEquals(scores().positions().stream().map(p -> p.id() + " " + p.score() + " " + p.level() + " " + p.levelProbabilities()).toList(),
                back.positions().stream().map(p -> p.id() + " " + p.score() + " " + p.level() + " " + p.levelProbabilities()).toList());
        assertEquals(Renewal.renew(previous(), scores(), null).next(), Renewal.renew(previous(), back, null).next());
    }

    @Test
    void aFileThatIsNoScoringResultIsSaidAtItsPlace() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"positions\": [{\"id\": \"A\", \"score\": \"high\"}]}", StandardCharsets.UTF_8);
        LifecycleInputException e = assertThrows(LifecycleInputException.class, () -> Renewal.readScores(file));
        assertEquals(file + " [/positions/0]: 成员 score 缺失或无效", e.describe(Locale.CHINESE));
        Files.writeString(file, "{\"positions\": [", StandardCharsets.UTF_8);
        e = assertThrows(LifecycleInputException.class, () -> Renewal.readScores(file));
        assertTrue(e.place().startsWith(file + ":1:"), e.place());
        Files.writeString(file, "[]", StandardCharsets.UTF_8);
        e = assertThrows(LifecycleInputException.class, () -> Renewal.readScores(file));
        assertTrue(e.describe(Locale.ENGLISH).contains("not a scoring result"), e.getMessage());
    }
}
