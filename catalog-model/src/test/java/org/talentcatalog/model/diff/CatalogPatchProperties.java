package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;

/**
 * The size of {@link CatalogDiff#toJsonPatch()} under list edits: positions removed, inserted, moved or
 * the whole list reversed, levels changed, items added to requirement lists. The patch applies exactly,
 * moves exactly the positions outside a longest run kept in order (computed here independently, by
 * pairing ids), and is no bigger than the changed parts plus a constant per operation.
 */
class CatalogPatchProperties {

    /** An operation's envelope: {@code {"op":"replace","path":"/positions/12/requirements/competencies/3","value":}}. */
    private static final int PER_OPERATION = 80;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] ITEMS = {"新技能", "系统设计", "沟通协调", "英语", "C++", "机器学习"};

    @Provide
    Arbitrary<Catalog[]> pairs() {
        return Combinators.combine(CatalogGenerators.catalogs(), Arbitraries.longs(), Arbitraries.integers().between(1, 6))
                .as((c, seed, edits) -> new Catalog[] {c, edit(c, new Random(seed), edits)});
    }

    @Property
    void patchAppliesMovesOnlyWhatMovedAndIsAsSmallAsTheChanges(@ForAll("pairs") Catalog[] pair) {
        CatalogDiff diff = CatalogDiff.options().detectRenames(false).between(pair[0], pair[1]);
        JsonNode patch = diff.toJsonPatch();
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(pair[0]), patch);
        assertEquals(CatalogJson.toTree(pair[1]), patched);
        assertEquals(CatalogJson.write(pair[1]), CatalogJson.write(CatalogJson.fromTree(patched)), "canonical bytes");

        int moves = 0;
        int positionAdds = 0;
        int positionRemoves = 0;
        for (JsonNode op : patch) {
            boolean position = op.get("path").asText().matches("/positions/\\d+");
            switch (op.get("op").asText()) {
                case "move" -> moves++;
                case "add" -> positionAdds += position ? 1 : 0;
                case "remove" -> positionRemoves += position ? 1 : 0;
                default -> { }
            }
        }
        assertEquals(outOfOrder(pair[0].positions(), pair[1].positions()), moves, patch::toString);
        assertEquals(diff.added().size(), positionAdds);
        assertEquals(diff.removed().size(), positionRemoves);

        long bound = 2 + (long) PER_OPERATION * (moves + diff.removed().size());
        for (Position p : diff.added()) {
            bound += CatalogJson.toTree(pair[1].withPositions(List.of(p))).get("positions").get(0).toString().length() + PER_OPERATION;
        }
        for (PositionChange c : diff.changed()) {
            for (FieldChange f : c.changes()) {
                bound += (f.newValue() == null ? 0 : f.newValue().toString().length()) + PER_OPERATION;
            }
        }
        long limit = bound;
        assertTrue(patch.toString().length() <= limit, () -> patch.toString().length() + " > " + limit + ": " + patch);
    }

    @Property
    void arraysInsideExtensionValuesArePatchedExactlyMemberOrderIncluded(@ForAll long seed) {
        Random r = new Random(seed);
        ArrayNode older = NODES.arrayNode();
        for (int k = r.nextInt(8); k > 0; k--) {
            older.add(item(r));
        }
        ArrayNode newer = older.deepCopy();
        for (int e = 1 + r.nextInt(4); e > 0; e--) {
            int kind = newer.isEmpty() ? 0 : r.nextInt(4);
            switch (kind) {
                case 0 -> newer.insert(r.nextInt(newer.size() + 1), item(r));
                case 1 -> newer.remove(r.nextInt(newer.size()));
                case 2 -> newer.set(r.nextInt(newer.size()), item(r));
                default -> {
                    int i = r.nextInt(newer.size());
                    if (newer.get(i) instanceof ObjectNode o) {
                        ObjectNode reordered = NODES.objectNode();
                        List<String> names = new ArrayList<>();
                        o.fieldNames().forEachRemaining(names::add);
                        Collections.reverse(names);
                        names.forEach(name -> reordered.set(name, o.get(name)));
                        reordered.put("k", r.nextInt(3));
                        newer.set(i, reordered);
                    } else {
                        newer.insert(i, newer.get(i).deepCopy());
                    }
                }
            }
        }
        Catalog a = CatalogGenerators.catalog(new Random(seed));
        Position p = CatalogGenerators.position(r, "X-1");
        Catalog before = a.withPositions(List.of(p.toBuilder().extensions(Extensions.of(Map.of("x-list", older))).build()));
        Catalog after = a.withPositions(List.of(p.toBuilder().extensions(Extensions.of(Map.of("x-list", newer))).build()));
        JsonNode patch = CatalogDiff.between(before, after).toJsonPatch();
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(before), patch);
        assertEquals(CatalogJson.write(after), CatalogJson.write(CatalogJson.fromTree(patched)), patch::toString);
    }

    /** An object with members in a random order, a number, a string or an array. */
    private static JsonNode item(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> NODES.numberNode(r.nextInt(4));
            case 1 -> NODES.textNode("v" + r.nextInt(3));
            case 2 -> NODES.arrayNode().add(r.nextInt(3)).add(NODES.objectNode().put("a/b", r.nextInt(2)));
            default -> {
                ObjectNode o = NODES.objectNode();
                List<String> names = new ArrayList<>(List.of("k", "a/b", "~x", ""));
                Collections.shuffle(names, r);
                for (String name : names.subList(0, 1 + r.nextInt(names.size()))) {
                    o.put(name, r.nextInt(3));
                }
                yield o;
            }
        };
    }

    /**
     * How many paired positions (same id) fall outside a longest subsequence of pairs in the same order
     * in both editions: O(n²), independent of the writer's O(n log n) method.
     */
    private static int outOfOrder(List<Position> older, List<Position> newer) {
        Map<String, Integer> newerIndex = new HashMap<>();
        for (int j = 0; j < newer.size(); j++) {
            newerIndex.put(newer.get(j).id(), j);
        }
        List<Integer> seq = new ArrayList<>();
        for (Position p : older) {
            if (newerIndex.containsKey(p.id())) {
                seq.add(newerIndex.get(p.id()));
            }
        }
        int[] best = new int[seq.size()];
        int longest = 0;
        for (int k = 0; k < seq.size(); k++) {
            best[k] = 1;
            for (int l = 0; l < k; l++) {
                if (seq.get(l) < seq.get(k)) {
                    best[k] = Math.max(best[k], best[l] + 1);
                }
            }
            longest = Math.max(longest, best[k]);
        }
        return seq.size() - longest;
    }

    /** Applies {@code edits} of: remove, insert, move one, reverse all, change a level, add a list item. */
    private static Catalog edit(Catalog c, Random r, int edits) {
        List<Position> ps = new ArrayList<>(c.positions());
        int fresh = 100;
        for (int e = 0; e < edits; e++) {
            int kind = ps.isEmpty() ? 1 : r.nextInt(6);
            switch (kind) {
                case 0 -> ps.remove(r.nextInt(ps.size()));
                case 1 -> ps.add(r.nextInt(ps.size() + 1), CatalogGenerators.position(r, "N-" + fresh++));
                case 2 -> ps.add(r.nextInt(ps.size()), ps.remove(r.nextInt(ps.size())));
                case 3 -> Collections.reverse(ps);
                case 4 -> {
                    int i = r.nextInt(ps.size());
                    ps.set(i, ps.get(i).toBuilder().shortage(new Shortage(ShortageLevel.values()[r.nextInt(3)], null, null, null)).build());
                }
                default -> {
                    int i = r.nextInt(ps.size());
                    ps.set(i, ps.get(i).toBuilder().requirements(withItem(ps.get(i).requirements(), r)).build());
                }
            }
        }
        return c.withPositions(ps);
    }

    /** One new item at a random place in the competencies, majors or certifications. */
    private static Requirements withItem(Requirements q, Random r) {
        int list = r.nextInt(3);
        List<String> items = new ArrayList<>(list == 0 ? q.competencies() : list == 1 ? q.majors() : q.certifications());
        String item = ITEMS[r.nextInt(ITEMS.length)] + items.size();
        items.add(r.nextInt(items.size() + 1), item);
        String[] values = items.toArray(String[]::new);
        return list == 0 ? q.withCompetencies(values) : list == 1 ? q.withMajors(values) : q.withCertifications(values);
    }
}
