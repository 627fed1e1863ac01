package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.internal.diff.TreeDiff;

/**
 * {@link CatalogDiff} against the reference definition of its changes: the member-by-member
 * comparison of the two whole canonical JSON documents. The diff skips paired positions with equal
 * values and writes JSON only for the header and the positions that differ; this checks that the
 * shortcut loses and invents nothing, with the newer edition shared with the generator's instances or
 * read back from its JSON (no instance in common).
 */
class CatalogDiffReferenceProperties {

    @Provide
    Arbitrary<Catalog[]> pairs() {
        return CatalogGenerators.editedPairs();
    }

    @Property
    void changesAreThoseOfTheWholeCanonicalDocuments(@ForAll("pairs") Catalog[] pair, @ForAll boolean renames,
                                                      @ForAll boolean reread) {
        Catalog older = pair[0];
        Catalog newer = reread ? CatalogJson.readString(CatalogJson.write(pair[1])) : pair[1];
        CatalogDiff diff = CatalogDiff.options().detectRenames(renames).between(older, newer);
        JsonNode olderTree = CatalogJson.toTree(older);
        JsonNode newerTree = CatalogJson.toTree(newer);
        assertEquals(TreeDiff.catalogChanges(olderTree, newerTree), diff.catalogChanges());

        Map<String, Integer> olderIndex = index(older);
        Map<String, Integer> newerIndex = index(newer);
        List<PositionChange> listed = new ArrayList<>(diff.renamed());
        listed.addAll(diff.changed());
        Set<String> accounted = new HashSet<>();
        for (PositionChange c : listed) {
            JsonNode o = olderTree.path("positions").get(olderIndex.get(c.older().id()));
            JsonNode n = newerTree.path("positions").get(newerIndex.get(c.newer().id()));
            assertEquals(TreeDiff.changes(o, n), c.changes(), c.id());
            assertTrue(c.isRename() || !c.changes().isEmpty(), c.id());
            accounted.add(c.newer().id());
        }
        diff.added().forEach(p -> accounted.add(p.id()));
        for (Position p : newer.positions()) {
            if (accounted.contains(p.id())) {
                continue;
            }
            JsonNode o = olderTree.path("positions").get(olderIndex.get(p.id()));
            JsonNode n = newerTree.path("positions").get(newerIndex.get(p.id()));
            assertEquals(List.of(), TreeDiff.changes(o, n), p.id() + " differs but is not listed");
        }
    }

    private static Map<String, Integer> index(Catalog c) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < c.positions().size(); i++) {
            out.putIfAbsent(c.positions().get(i).id(), i);
        }
        return out;
    }
}
