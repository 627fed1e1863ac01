package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;

/** The operations of {@link CatalogDiff#toJsonPatch()}: moves for reordered positions, edits at an index in lists. */
class CatalogDiffPatchTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Position position(String id) {
        return CatalogGenerators.position(new Random(id.hashCode()), id).toBuilder()
                .shortage(new Shortage(ShortageLevel.SCARCE, null, null, null)).build();
    }

    private static Catalog catalog(List<Position> positions) {
        return CatalogGenerators.catalog(new Random(1)).toBuilder().extensions(Extensions.none()).positions(positions).build();
    }

    private static Catalog catalog(Position... positions) {
        return catalog(List.of(positions));
    }

    /** The patch of {@code older → newer}, checked to turn the one into the other with the independent applier. */
    private static JsonNode patch(Catalog older, Catalog newer) {
        return patch(older, newer, true);
    }

    private static JsonNode patch(Catalog older, Catalog newer, boolean renames) {
        JsonNode patch = CatalogDiff.options().detectRenames(renames).between(older, newer).toJsonPatch();
        assertEquals(CatalogJson.toTree(newer), JsonPatchApplier.apply(CatalogJson.toTree(older), patch), patch::toString);
        return patch;
    }

    private static JsonNode ops(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void aPositionMovedToTheFrontIsOneMove() throws Exception {
        Position a = position("A");
        Position b = position("B");
        Position c = position("C");
        assertEquals(ops("[{'op':'move','from':'/positions/2','path':'/positions/0'}]"), patch(catalog(a, b, c), catalog(c, a, b)));
        assertEquals(ops("[{'op':'move','from':'/positions/0','path':'/positions/2'}]"), patch(catalog(a, b, c), catalog(b, c, a)));
    }

    @Test
    void aPositionInsertedAtTheFrontIsOneAdd() {
        Position a = position("A");
        Position n = position("N");
        JsonNode patch = patch(catalog(a, position("B"), position("C")), catalog(n, a, position("B"), position("C")));
        assertEquals(1, patch.size(), patch::toString);
        assertEquals("add", patch.get(0).get("op").asText());
        assertEquals("/positions/0", patch.get(0).get("path").asText());
        assertEquals(CatalogJson.toTree(catalog(n)).get("positions").get(0), patch.get(0).get("value"));
    }

    @Test
    void aReversedListIsOneMoveForEveryPositionButOne() {
        List<Position> ps = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ps.add(position("P" + i));
        }
        List<Position> reversed = new ArrayList<>(ps);
        Collections.reverse(reversed);
        JsonNode patch = patch(catalog(ps), catalog(reversed));
        assertEquals(8, patch.size(), patch::toString);
        patch.forEach(op -> assertEquals("move", op.get("op").asText()));
    }

    @Test
    void aMovedPositionThatAlsoChangedIsMovedThenChangedAtItsNewIndex() throws Exception {
        Position a = position("A");
        Position b = position("B");
        Position c = position("C");
        Position c2 = c.toBuilder().shortage(new Shortage(ShortageLevel.VERY_SCARCE, null, null, null)).build();
        assertEquals(ops("[{'op':'move','from':'/positions/2','path':'/positions/0'},"
                        + "{'op':'replace','path':'/positions/0/shortage/level','value':'VERY_SCARCE'}]"),
                patch(catalog(a, b, c), catalog(c2, a, b)));
    }

    @Test
    void removalsMovesAndAdditionsTogetherApplyWithValidIndices() {
        List<Position> older = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            older.add(position("P" + i));
        }
        List<Position> newer = List.of(position("N1"), older.get(6), older.get(1), position("N2"), older.get(3),
                older.get(0).toBuilder().name(LocalizedText.of("新名称")).build(), older.get(7), position("N3"));
        JsonNode patch = patch(catalog(older), catalog(newer), false);
        long moves = 0;
        for (JsonNode op : patch) {
            moves += op.get("op").asText().equals("move") ? 1 : 0;
        }
        // Paired in older order: 0 1 3 6 7 at newer 5 2 4 1 6; the longest increasing run (1 3 7 at 2 4 6) stays.
        assertEquals(2, moves, patch::toString);
    }

    @Test
    void aCompetencyAddedAtTheFrontIsOneAddAtIndexZero() throws Exception {
        Position p = position("A");
        p = p.toBuilder().requirements(p.requirements().withCompetencies("RTL 设计", "DFT")).build();
        Position q = p.toBuilder().requirements(p.requirements().withCompetencies("版图", "RTL 设计", "DFT")).build();
        assertEquals(ops("[{'op':'add','path':'/positions/0/requirements/competencies/0','value':'版图'}]"),
                patch(catalog(p, position("Z")), catalog(q, position("Z"))));
    }

    @Test
    void listItemsChangedInTheMiddleAreReplacedRemovedOrAddedOneByOne() throws Exception {
        List<String> majors = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            majors.add("专业" + i + "（方向）");
        }
        List<String> edited = new ArrayList<>(majors);
        edited.set(1, "电子科学与技术");
        edited.remove(2);
        edited.add("统计");
        Position p = position("A");
        p = p.toBuilder().requirements(p.requirements().withMajors(majors.toArray(String[]::new))).build();
        Position q = p.toBuilder().requirements(p.requirements().withMajors(edited.toArray(String[]::new))).build();
        assertEquals(ops("[{'op':'replace','path':'/positions/0/requirements/majors/1','value':'电子科学与技术'},"
                        + "{'op':'remove','path':'/positions/0/requirements/majors/2'},"
                        + "{'op':'add','path':'/positions/0/requirements/majors/29','value':'统计'}]"),
                patch(catalog(p), catalog(q)));
    }

    @Test
    void aShortListIsReplacedWholeWhenThatIsShorterThanItsItemEdits() throws Exception {
        Position p = position("A");
        p = p.toBuilder().requirements(p.requirements().withMajors("微电子", "物理", "材料", "化学", "计算机")).build();
        Position q = p.toBuilder().requirements(p.requirements().withMajors("微电子", "电子科学与技术", "化学", "计算机", "统计")).build();
        assertEquals(ops("[{'op':'replace','path':'/positions/0/requirements/majors',"
                        + "'value':['微电子','电子科学与技术','化学','计算机','统计']}]"),
                patch(catalog(p), catalog(q)));
    }

    @Test
    void aWeightChangedInTheIndicatorsIsOneReplaceInsideTheIndicator() throws Exception {
        Catalog older = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2025.json"));
        ObjectNode tree = (ObjectNode) CatalogJson.toTree(older);
        ((ObjectNode) tree.at("/methodology/scoring/indicators/1")).put("weight", 0.2);
        ((ObjectNode) tree.at("/methodology/scoring/indicators/2")).put("weight", 0.35);
        Catalog newer = CatalogJson.fromTree(tree);
        assertEquals(ops("[{'op':'replace','path':'/methodology/scoring/indicators/1/weight','value':0.2},"
                + "{'op':'replace','path':'/methodology/scoring/indicators/2/weight','value':0.35}]").toString(),
                patch(older, newer).toString());
    }

    @Test
    void aListEmptiedOrFilledIsAMemberRemovedOrAdded() {
        Position p = position("A");
        Position empty = p.toBuilder().requirements(p.requirements().withCertifications()).build();
        Position full = p.toBuilder().requirements(p.requirements().withCertifications("高级工程师", "工程师")).build();
        JsonNode patch = patch(catalog(empty), catalog(full));
        assertEquals(1, patch.size(), patch::toString);
        assertEquals("/positions/0/requirements/certifications", patch.get(0).get("path").asText());
        assertEquals(1, patch(catalog(full), catalog(empty)).size());
    }

    @Test
    void anItemInsertedAtTheFrontOfALongExtensionListIsOneAdd() {
        ArrayNode older = NODES.arrayNode();
        for (int i = 0; i < 5000; i++) {
            older.add(i);
        }
        ArrayNode newer = older.deepCopy().insert(0, -1);
        JsonNode patch = patch(withList(older), withList(newer));
        assertEquals(1, patch.size(), patch::toString);
        assertEquals("/positions/0/x-list/0", patch.get(0).get("path").asText());
    }

    @Test
    void anItemAppendedToALongExtensionListIsOneAdd() {
        ArrayNode older = NODES.arrayNode();
        for (int i = 0; i < 5000; i++) {
            older.add(i);
        }
        ArrayNode newer = older.deepCopy().add(5000);
        JsonNode patch = patch(withList(older), withList(newer));
        assertEquals(1, patch.size(), patch::toString);
        assertEquals("add", patch.get(0).get("op").asText());
        assertEquals("/positions/0/x-list/5000", patch.get(0).get("path").asText());
    }

    // Both ends of these lists differ, so nothing is set aside before the longest common subsequence.

    @Test
    void withinTheSizeBoundALongListGetsItemEdits() {
        JsonNode patch = endsChanged(1000); // a table of 1,001² cells, within 2^20
        assertEquals(2, patch.size(), patch::toString);
        assertEquals("/positions/0/x-list/0", patch.get(0).get("path").asText());
        assertEquals("/positions/0/x-list/999", patch.get(1).get("path").asText());
    }

    @Test
    void pastTheSizeBoundAListIsReplacedWholeThoughItemEditsWouldBeShorter() {
        JsonNode patch = endsChanged(1100); // a table of 1,101² cells, beyond 2^20
        assertEquals(1, patch.size());
        assertEquals("replace", patch.get(0).get("op").asText());
        assertEquals("/positions/0/x-list", patch.get(0).get("path").asText());
    }

    private static JsonNode endsChanged(int size) {
        ArrayNode older = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            older.add(i);
        }
        ArrayNode newer = older.deepCopy();
        newer.set(0, -1);
        newer.set(size - 1, -2);
        return patch(withList(older), withList(newer));
    }

    private static Catalog withList(ArrayNode list) {
        return catalog(position("A").toBuilder().extensions(Extensions.of(Map.of("x-list", list))).build());
    }

    @Test
    void aHundredThousandPositionsReversedGiveOneMoveEachButOne() {
        List<Position> ps = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ps.add(Position.builder("P" + i).name(LocalizedText.of("岗位" + i)).industry("INTEGRATED_CIRCUIT").build());
        }
        List<Position> reversed = new ArrayList<>(ps);
        Collections.reverse(reversed);
        JsonNode patch = CatalogDiff.between(catalog(ps), catalog(reversed)).toJsonPatch();
        assertEquals(99_999, patch.size());
        patch.forEach(op -> assertEquals("move", op.get("op").asText()));
    }
}
