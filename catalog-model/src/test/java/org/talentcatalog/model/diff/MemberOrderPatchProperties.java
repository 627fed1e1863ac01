package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Position;

/**
 * Whatever the order of extension members, at the catalog, at a position and inside their values,
 * the patch turns the older canonical text into exactly the newer one.
 */
class MemberOrderPatchProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Members named from a small set, in any order, some of them missing, with small values. */
    @Provide
    Arbitrary<List<String>> orders() {
        return Arbitraries.of("a", "b", "c", "d", "e").list().uniqueElements().ofMaxSize(5);
    }

    private static ObjectNode object(List<String> order, int salt) {
        ObjectNode o = NODES.objectNode();
        for (String name : order) {
            o.put(name, (name.charAt(0) * salt) % 3);
        }
        return o;
    }

    private static Extensions extensions(List<String> order, int salt) {
        Extensions ext = Extensions.none();
        for (String name : order) {
            ObjectNode inner = object(order, salt);
            ext = ext.with("x-" + name, inner);
        }
        return ext;
    }

    private static Catalog catalog(List<String> order, int salt) {
        Position p = CatalogGenerators.position(new Random(7), "P-1").toBuilder().extensions(extensions(order, salt)).build();
        return CatalogGenerators.catalog(new Random(1)).toBuilder().extensions(extensions(order, salt)).positions(List.of(p)).build();
    }

    @Property(tries = 300)
    void thePatchReproducesTheMemberOrderOfTheNewerText(@ForAll("orders") List<String> older, @ForAll("orders") List<String> newer,
            @ForAll boolean sameValues) {
        Catalog a = catalog(older, 1);
        Catalog b = catalog(newer, sameValues ? 1 : 2);
        JsonNode patch = CatalogDiff.between(a, b).toJsonPatch();
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(a), patch);
        assertEquals(CatalogJson.toTree(b).toString(), patched.toString(), patch::toString);
    }
}
