package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Position;

/**
 * Member order inside extension values survives canonical formatting, so the patch must reproduce
 * it: the patched document has the newer document's text, not only equal JSON.
 */
class MemberOrderPatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Catalog catalog(String catalogValue, String positionValue) throws Exception {
        Position p = CatalogGenerators.position(new Random(7), "P-1").toBuilder()
                .extensions(Extensions.none().with("x-v", JSON.readTree(positionValue))).build();
        return CatalogGenerators.catalog(new Random(1)).toBuilder()
                .extensions(Extensions.none().with("x-c", JSON.readTree(catalogValue))).positions(List.of(p)).build();
    }

    /** Applies the patch of older → newer and compares texts, member order included. */
    private static JsonNode patchReproducesTheText(Catalog older, Catalog newer) {
        JsonNode patch = CatalogDiff.between(older, newer).toJsonPatch();
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(older), patch);
        assertEquals(CatalogJson.toTree(newer).toString(), patched.toString(), patch::toString);
        return patch;
    }

    @Test
    void membersReorderedAtAnyDepthAreReorderedByThePatch() throws Exception {
        String[][] cases = {
            {"{\"a\": 1, \"b\": 2}", "{\"b\": 2, \"a\": 1}"},
            {"{\"o\": {\"x\": 1, \"y\": 2}}", "{\"o\": {\"y\": 2, \"x\": 1}}"},
            {"[{\"x\": 1, \"y\": [{\"p\": 1, \"q\": 2}]}]", "[{\"x\": 1, \"y\": [{\"q\": 2, \"p\": 1}]}]"},
            {"{\"a\": 1, \"b\": 2, \"c\": 3}", "{\"a\": 1, \"c\": 3, \"b\": 2}"},
            {"{\"a\": [1, 2], \"b\": {}}", "{\"b\": {}, \"a\": [1, 2]}"},
        };
        for (String[] c : cases) {
            Catalog older = catalog(c[0], c[0]);
            Catalog newer = catalog(c[1], c[1]);
            assertEquals(JSON.readTree(c[0]), JSON.readTree(c[1]), "equal JSON, different order: " + c[0]);
            JsonNode patch = patchReproducesTheText(older, newer);
            assertNotEquals(0, patch.size(), c[0]);
            patchReproducesTheText(newer, older);
        }
    }

    @Test
    void valuesInTheSameOrderNeedNoOperation() throws Exception {
        String value = "{\"a\": [{\"x\": 1, \"y\": 2}], \"b\": {\"c\": null}}";
        assertEquals(0, patchReproducesTheText(catalog(value, value), catalog(value, value)).size());
    }
}
