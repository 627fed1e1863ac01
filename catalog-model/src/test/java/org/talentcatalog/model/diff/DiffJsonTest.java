package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;

/** {@link CatalogDiff#toJson()}: the editions, the summary, catalog changes, and each kind of position change. */
class DiffJsonTest {

    private static Position position(String id, String name, String code, ShortageLevel level) {
        return CatalogGenerators.position(new Random(id.hashCode()), id).toBuilder()
                .name(LocalizedText.of(name)).industry("INTEGRATED_CIRCUIT").occupationCode(code)
                .shortage(level == null ? null : new Shortage(level, null, null, null)).build();
    }

    private static Position withLevel(Position p, ShortageLevel level) {
        return p.toBuilder().shortage(new Shortage(level, null, null, null)).build();
    }

    private static JsonNode only(JsonNode changes, String path) {
        for (JsonNode c : changes) {
            if (c.get("path").asText().equals(path)) {
                return c;
            }
        }
        throw new AssertionError("no change at " + path + " in " + changes);
    }

    @Test
    void everyPartOfTheDiffIsInItsJson() {
        Position p1 = position("P1", "甲", null, ShortageLevel.SCARCE);
        Position p3 = position("P3", "丙", null, null);
        Catalog older = CatalogGenerators.catalog(new Random(1)).toBuilder()
                .extensions(Extensions.none().with("x-gone", JsonNodeFactory.instance.numberNode(1)))
                .positions(List.of(p1, position("IC-004", "光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE),
                        position("X-9", "旧岗位", null, null), p3))
                .build();
        Catalog newer = older.toBuilder()
                .edition(new Edition("2026", older.edition().publishedOn(), null, older.edition().validUntil(),
                        older.edition().version()))
                .extensions(Extensions.none().with("x-note", JsonNodeFactory.instance.textNode("v")))
                .positions(List.of(withLevel(p1, ShortageLevel.VERY_SCARCE),
                        position("IC-013", "先进光刻工艺工程师", "2-02-38-09", ShortageLevel.SCARCE),
                        position("N-1", "新岗位", null, null), withLevel(p3, ShortageLevel.SCARCE)))
                .build();
        CatalogDiff diff = CatalogDiff.between(older, newer);
        JsonNode json = diff.toJson();

        assertEquals(older.id(), json.at("/older/id").asText());
        assertEquals(older.edition().version(), json.at("/older/version").asText());
        assertEquals("2026", json.at("/newer/version").asText());

        JsonNode summary = json.get("summary");
        assertEquals(1, summary.get("added").asInt());
        assertEquals(1, summary.get("removed").asInt());
        assertEquals(1, summary.get("renamed").asInt());
        assertEquals(2, summary.get("changed").asInt());
        assertEquals(1, summary.get("raised").asInt());
        assertEquals(1, summary.get("assigned").asInt());
        assertEquals(0, summary.get("lowered").asInt());
        assertEquals(0, summary.get("cleared").asInt());
        assertFalse(summary.has("unchanged"));
        assertEquals(diff.catalogChanges().size(), summary.get("catalogChanges").asInt());
        assertEquals(diff.renamed().get(0).requirementsChanged() ? 1 : 0, summary.get("requirementsChanged").asInt(),
                "only the rename, whose positions differ in everything, may have changed requirements");
        assertFalse(json.has("pairedByOrder"));

        JsonNode catalog = json.get("catalog");
        JsonNode version = only(catalog, "/edition/version");
        assertEquals("replace", version.get("op").asText());
        assertEquals(older.edition().version(), version.get("old").asText());
        assertEquals("2026", version.get("new").asText());
        JsonNode added = only(catalog, "/x-note");
        assertEquals("add", added.get("op").asText());
        assertFalse(added.has("old"));
        assertEquals("v", added.get("new").asText());
        JsonNode removed = only(catalog, "/x-gone");
        assertEquals("remove", removed.get("op").asText());
        assertEquals(1, removed.get("old").asInt());
        assertFalse(removed.has("new"));

        assertEquals(List.of(CatalogJson.toTree(newer).at("/positions/2")), List.copyOf(iterable(json.get("added"))));
        assertEquals(List.of(CatalogJson.toTree(older).at("/positions/2")), List.copyOf(iterable(json.get("removed"))));

        JsonNode rename = json.at("/renamed/0");
        assertEquals("IC-013", rename.get("id").asText());
        assertEquals("IC-004", rename.get("olderId").asText());
        assertFalse(rename.at("/evidence/sameName").asBoolean());
        assertTrue(rename.at("/evidence/sameOccupationCode").asBoolean());
        assertEquals(0.8571, rename.at("/evidence/nameSimilarity").asDouble(), 0.0, "12/14 to four decimals");
        assertEquals("先进光刻工艺工程师", rename.get("name").asText());

        JsonNode raised = json.at("/changed/0");
        assertEquals("P1", raised.get("id").asText());
        assertFalse(raised.has("olderId"));
        assertFalse(raised.has("evidence"));
        assertEquals("甲", raised.get("name").asText());
        assertEquals("INTEGRATED_CIRCUIT", raised.get("industry").asText());
        assertEquals("SCARCE", raised.at("/level/old").asText());
        assertEquals("VERY_SCARCE", raised.at("/level/new").asText());
        assertEquals("RAISED", raised.at("/level/move").asText());
        JsonNode change = only(raised.get("changes"), "/shortage/level");
        assertEquals("replace", change.get("op").asText());
        assertEquals("SCARCE", change.get("old").asText());
        assertEquals("VERY_SCARCE", change.get("new").asText());

        JsonNode assigned = json.at("/changed/1");
        assertEquals("P3", assigned.get("id").asText());
        assertTrue(assigned.at("/level/old").isNull());
        assertEquals("ASSIGNED", assigned.at("/level/move").asText());
        JsonNode first = assigned.at("/changes/0");
        assertTrue(first.get("path").asText().startsWith("/shortage"), first.toString());
        assertEquals("add", first.get("op").asText());
        assertFalse(first.has("old"));
    }

    @Test
    void whatAnEditionOrAPositionLacksIsNullInTheJson() {
        Position p = position("P1", "甲", null, ShortageLevel.SCARCE).toBuilder().name(null).build();
        Catalog older = CatalogGenerators.catalog(new Random(3)).toBuilder().edition(null).positions(List.of(p)).build();
        Catalog newer = older.withPositions(List.of(p.toBuilder().shortage(null).build()));
        JsonNode json = CatalogDiff.between(older, newer).toJson();
        assertTrue(json.at("/older/version").isNull(), json::toString);
        assertEquals(older.id(), json.at("/older/id").asText());
        JsonNode cleared = json.at("/changed/0");
        assertTrue(cleared.get("name").isNull(), cleared::toString);
        assertEquals("SCARCE", cleared.at("/level/old").asText());
        assertTrue(cleared.at("/level/new").isNull(), cleared::toString);
        assertEquals("CLEARED", cleared.at("/level/move").asText());
        assertEquals(1, json.at("/summary/cleared").asInt());
    }

    @Test
    void aDiffWithNothingAddedOrRemovedHasEmptyLists() {
        Catalog c = CatalogGenerators.catalog(new Random(2));
        JsonNode json = CatalogDiff.between(c, c).toJson();
        for (String list : new String[] {"catalog", "added", "removed", "renamed", "changed"}) {
            assertTrue(json.get(list).isArray() && json.get(list).isEmpty(), list);
        }
        assertEquals(0, json.at("/summary/added").asInt());
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
