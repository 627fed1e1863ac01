package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ShortageLevel;

/**
 * Checking positions side by side gives exactly the report of checking them one by one: the same
 * issues, in the same order, with the same locations — including rules across positions.
 */
class ParallelValidationTest {

    @Test
    void parallelAndSequentialReportsAreIdentical() {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            positions.add(Fixtures.position("P-" + i, "岗位" + (i % 550), ShortageLevel.SCARCE, 0.6));
        }
        ObjectNode doc = (ObjectNode) org.talentcatalog.model.CatalogJson.toTree(Fixtures.catalog().withPositions(positions));
        ArrayNode array = (ArrayNode) doc.get("positions");
        for (int i = 7; i < 590; i += 37) {
            ((ObjectNode) array.get(i)).put("category", "RESEARCH");                 // schema
            ((ObjectNode) array.get(i + 1)).put("id", "P-" + (i - 3));               // R2
            ((ObjectNode) array.get(i + 2).get("shortage")).put("score", 0.1);      // R13
            ((ObjectNode) array.get(i + 3)).remove("requirements");                  // schema required
        }
        String json = doc.toPrettyString();
        ValidationReport sequential = CatalogValidator.builder().parallelism(1).build().validateText(json);
        ValidationReport parallel = CatalogValidator.builder().parallelism(4).build().validateText(json);
        assertTrue(sequential.errorCount() > 40, "the document has many faults: " + sequential.errorCount());
        assertEquals(sequential.toJson(Locale.ENGLISH), parallel.toJson(Locale.ENGLISH));
        assertEquals(50, sequential.issues("R12").size(), "names repeat every 550 positions");
    }
}
