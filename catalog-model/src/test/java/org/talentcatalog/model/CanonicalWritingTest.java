package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.internal.JsonTrees;

/** The canonical document: members in the order of docs/format.md, absent members and empty lists left out. */
class CanonicalWritingTest {

    private static final JsonTrees TREES = new JsonTrees(ReadLimits.defaults());

    private static String canonical(String json) throws IOException {
        JsonNode tree = TREES.parse(json);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = TREES.mapper().getFactory().createGenerator(out)) {
            g.setPrettyPrinter(CatalogJson.canonicalPrinter());
            TREES.mapper().writeTree(g, tree);
        }
        return out + "\n";
    }

    @Test
    void everyMemberIsWrittenInTheOrderTheFormatListsThem() throws IOException {
        // FullDocument lists every member in the format's order
        assertEquals(canonical(FullDocument.TEXT), CatalogJson.write(CatalogJson.readString(FullDocument.TEXT)));
    }

    @Test
    void emptyListsAndAbsentMembersAreLeftOut() throws IOException {
        String given = """
                {"formatVersion": "1.0", "id": "x", "kind": "INDUSTRY", "scope": {"industries": []},
                 "issuance": {"compilers": [], "jointIssuers": []},
                 "methodology": {"survey": {"respondents": {}, "methods": []}, "scoring": {"indicators": []}, "consultations": []},
                 "positions": [{"id": "P-1", "requirements": {"majors": [], "competencies": [], "certifications": []},
                   "demand": {"salary": {"max": 9000, "period": "MONTH"}}, "policies": []}]}
                """;
        String expected = """
                {"formatVersion": "1.0", "id": "x", "kind": "INDUSTRY", "scope": {},
                 "issuance": {"compilers": []},
                 "methodology": {"survey": {}, "scoring": {}},
                 "positions": [{"id": "P-1", "requirements": {}, "demand": {"salary": {"max": 9000, "period": "MONTH"}}}]}
                """;
        String written = CatalogJson.write(CatalogJson.readString(given));
        assertEquals(canonical(expected), written);
        assertEquals(written, CatalogJson.write(CatalogJson.readString(written)), "the canonical document is a fixed point");
    }

    @Test
    void aCatalogWithoutPositionsHasAnEmptyList() throws IOException {
        assertEquals(canonical("{\"id\": \"x\", \"positions\": []}"), CatalogJson.write(CatalogJson.readString("{\"id\": \"x\"}")));
    }

    @Test
    void aNumberJsonCannotHoldIsRefusedByName() {
        Catalog c = CatalogJson.readString(FullDocument.TEXT);
        Position p = c.positions().get(0);
        Shortage s = p.shortage();
        Position bad = p.toBuilder().shortage(new Shortage(s.level(), Double.NaN, s.confidence(), s.rationale())).build();
        Catalog withNaN = c.withPositions(List.of(bad));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogJson.write(withNaN));
        assertEquals("JSON has no NaN (member score)", e.getMessage());
        Position infinite = p.toBuilder().shortage(new Shortage(s.level(), s.score(), Double.POSITIVE_INFINITY, s.rationale())).build();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.write(c.withPositions(List.of(infinite)))).getMessage().contains("confidence"));
    }
}
