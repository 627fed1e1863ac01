package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.PositionChange;

/** Properties of {@link CatalogDiff} over generated catalogs and random edits ({@link CatalogGenerators}). */
class CatalogDiffProperties {

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogGenerators.catalogs();
    }

    @Provide
    Arbitrary<Catalog[]> pairs() {
        return CatalogGenerators.editedPairs();
    }

    @Property
    void diffOfACatalogWithItselfIsEmptyAndItsPatchHasNoOperation(@ForAll("catalogs") Catalog c) {
        CatalogDiff diff = CatalogDiff.between(c, c);
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals(0, diff.toJsonPatch().size());
        assertTrue(CatalogDiff.between(c, CatalogJson.readString(CatalogJson.write(c))).isEmpty());
    }

    @Property
    void patchTurnsTheOlderJsonIntoTheNewerJsonExactly(@ForAll("pairs") Catalog[] pair, @ForAll boolean renames) {
        CatalogDiff diff = CatalogDiff.options().detectRenames(renames).between(pair[0], pair[1]);
        JsonNode patch = diff.toJsonPatch();
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(pair[0]), patch);
        assertEquals(CatalogJson.toTree(pair[1]), patched);
        assertEquals(CatalogJson.write(pair[1]), CatalogJson.write(CatalogJson.fromTree(patched)), "canonical bytes");
        patch.forEach(op -> assertTrue(Set.of("add", "remove", "replace", "move").contains(op.get("op").asText())));
    }

    @Property
    void inverseOfTheDiffOfABIsTheDiffOfBA(@ForAll("pairs") Catalog[] pair, @ForAll boolean renames) {
        CatalogDiff ab = CatalogDiff.options().detectRenames(renames).between(pair[0], pair[1]);
        CatalogDiff ba = CatalogDiff.options().detectRenames(renames).between(pair[1], pair[0]);
        assertEquals(ba, ab.inverse());
        assertEquals(ab, ab.inverse().inverse());
    }

    @Property
    void changelogCountsMatchTheStructuredDiff(@ForAll("pairs") Catalog[] pair) {
        CatalogDiff diff = CatalogDiff.between(pair[0], pair[1]);
        Map<String, Integer> zh = summary(diff.toMarkdown(Locale.CHINESE));
        Map<String, Integer> en = summary(diff.toMarkdown(Locale.ENGLISH));
        java.util.List<PositionChange> paired = new java.util.ArrayList<>(diff.renamed());
        paired.addAll(diff.changed());
        assertEquals(diff.added().size(), zh.get("新增岗位"));
        assertEquals(diff.removed().size(), zh.get("删除岗位"));
        assertEquals(diff.renamed().size(), zh.get("更名岗位"));
        assertEquals(count(paired, LevelMove.RAISED), zh.get("紧缺程度上调"));
        assertEquals(count(paired, LevelMove.LOWERED), zh.get("紧缺程度下调"));
        assertEquals((int) paired.stream().filter(PositionChange::requirementsChanged).count(), zh.get("要求变化"));
        assertEquals(diff.catalogChanges().size(), zh.get("目录信息变化"));
        assertEquals(diff.added().size(), en.get("Added positions"));
        assertEquals(count(paired, LevelMove.LOWERED), en.get("Shortage level lowered"));
        assertEquals(diff.toJson().at("/summary/raised").asInt(), zh.get("紧缺程度上调"));
        levelTableBalances(diff.toMarkdown(Locale.CHINESE));
    }

    private static int count(java.util.List<PositionChange> paired, LevelMove move) {
        return (int) paired.stream().filter(c -> c.levelMove() == move).count();
    }

    /** The summary table at the top: label → count. */
    private static Map<String, Integer> summary(String markdown) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = Pattern.compile("^\\| ([^|]+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(markdown.substring(0, markdown.indexOf("\n## ")));
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    /** Every row of the by-level table: newer = older + added − removed + moved in − moved out. */
    private static void levelTableBalances(String markdown) {
        String table = markdown.substring(markdown.indexOf("## 按紧缺程度统计"));
        Matcher m = Pattern.compile("^\\| [^|]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(table);
        int rows = 0;
        while (m.find()) {
            int[] v = new int[6];
            for (int k = 0; k < 6; k++) {
                v[k] = Integer.parseInt(m.group(k + 1));
            }
            assertEquals(v[1], v[0] + v[2] - v[3] + v[4] - v[5], m.group());
            rows++;
        }
        assertTrue(rows > 0 || !markdown.contains("★"));
    }
}
