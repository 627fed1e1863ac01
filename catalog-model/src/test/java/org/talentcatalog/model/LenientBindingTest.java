package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.model.internal.Lenience;

/**
 * Lenient binding, as a validator binds: every value that cannot be bound is left out, its problem
 * recorded at its pointer in the order the document is bound, and the rest of the document is bound.
 */
class LenientBindingTest {

    /** {@link FullDocument} with one fault in each kind of member: pointer → the new value. */
    private static final String[][] FAULTS = {
        {"/id", "7"},
        {"/scope/industries", "\"ARTIFICIAL_INTELLIGENCE\""},
        {"/scope/region", "5"},
        {"/edition/validFrom", "\"2025-02-30\""},
        {"/status", "\"published\""},
        {"/issuance/contractor", "\"某公司\""},
        {"/methodology/survey/respondents", "[]"},
        {"/methodology/survey/methods/0", "5"},
        {"/methodology/scoring/indicators/0/weight", "\"heavy\""},
        {"/methodology/consultations/0/participants", "\"31\""},
        {"/positions/0/requirements/colour", "\"红\""},
        {"/positions/0/demand/headcount", "10000000000"},
        {"/positions/0/demand/salary/min", "\"400000\""},
        {"/positions/0/policies/0", "\"VISA\""},
        {"/positions/1", "5"},
        {"/colour", "\"红\""},
    };

    private static JsonNode faulty() {
        JsonTrees trees = new JsonTrees(ReadLimits.defaults());
        JsonNode root = trees.parse(FullDocument.TEXT);
        for (String[] fault : FAULTS) {
            String at = fault[0];
            int cut = at.lastIndexOf('/');
            JsonNode parent = cut == 0 ? root : root.at(at.substring(0, cut));
            JsonNode value = trees.parse(fault[1]);
            if (parent.isArray()) {
                int index = Integer.parseInt(at.substring(cut + 1));
                if (index < parent.size()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(index, value);
                } else {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) parent).add(value);
                }
            } else {
                ((ObjectNode) parent).set(at.substring(cut + 1), value);
            }
        }
        return root;
    }

    @Test
    void everyProblemIsRecordedAtItsPointerInDocumentOrder() {
        Lenience lenience = new Lenience();
        CatalogBinder.catalog(faulty(), lenience);
        List<String> pointers = lenience.problems().stream().map(e -> e.issue().pointer()).toList();
        assertEquals(List.of(FAULTS).stream().map(f -> f[0]).toList(), pointers);
        List<String> rules = lenience.problems().stream().map(e -> e.issue().rule()).toList();
        assertEquals(List.of("model:type", "model:type", "model:type", "model:date", "model:code", "model:type", "model:type",
                "model:type", "model:type", "model:type", "model:unknownMember", "model:range", "model:type", "model:code",
                "model:type", "model:unknownMember"), rules);
        assertEquals("unknown code \"VISA\", allowed: TALENT_INTRODUCTION, RESIDENCE, TRAINING, EVALUATION, INCENTIVE, HOUSING, SERVICE",
                lenience.problems().get(13).issue().message(Locale.ENGLISH));
    }

    @Test
    void whatCannotBeBoundIsLeftOutAndTheRestIsBound() {
        Catalog c = CatalogBinder.catalog(faulty(), new Lenience());
        assertNull(c.id());
        assertEquals("1.0", c.formatVersion());
        assertEquals(List.of(), c.scope().industries());
        assertNull(c.scope().region());
        assertNotNull(c.scope().program());
        assertNull(c.edition().validFrom());
        assertEquals("2025", c.edition().version());
        assertNull(c.status());
        assertNull(c.issuance().contractor());
        assertEquals("沪人社力〔2025〕3号", c.issuance().documentNumber());
        assertEquals(Map.of(), c.methodology().survey().respondents());
        assertEquals(List.of(SurveyMethod.QUESTIONNAIRE), c.methodology().survey().methods());
        assertNull(c.methodology().scoring().indicators().get(0).weight());
        assertEquals(IndicatorDirection.NEGATIVE, c.methodology().scoring().indicators().get(0).direction());
        assertNull(c.methodology().consultations().get(0).participants());
        assertEquals(1, c.positions().size(), "the position that is not an object is skipped");
        Position p = c.positions().get(0);
        assertEquals(Education.DOCTORATE, p.requirements().education());
        assertNull(p.demand().headcount());
        assertNull(p.demand().salary().min());
        assertEquals(new java.math.BigDecimal("800000.50"), p.demand().salary().max());
        assertEquals(List.of(Policy.RESIDENCE), p.policies());
        assertEquals(List.of("x-source"), List.copyOf(c.extensions().names()));
    }

    @Test
    void withoutLenienceTheFirstProblemIsThrown() {
        CatalogJsonException e = assertThrows(CatalogJsonException.class, () -> CatalogBinder.catalog(faulty()));
        assertEquals("/id", e.issue().pointer());
        assertEquals("/id", assertThrows(CatalogJsonException.class, () -> CatalogBinder.catalog(faulty(), null)).issue().pointer());
    }

    @Test
    void aPositionIsBoundAloneAtItsPointer() {
        JsonNode position = faulty().get("positions").get(0);
        Lenience lenience = new Lenience();
        Position p = CatalogBinder.position(position, "/positions/7", lenience);
        assertEquals("AI-001", p.id());
        assertEquals(List.of("/positions/7/requirements/colour", "/positions/7/demand/headcount",
                "/positions/7/demand/salary/min", "/positions/7/policies/0"),
                lenience.problems().stream().map(e -> e.issue().pointer()).toList());
        assertEquals("/positions/7/requirements/colour", assertThrows(CatalogJsonException.class,
                () -> CatalogBinder.position(position, "/positions/7")).issue().pointer());
        assertEquals("/positions/3", assertThrows(CatalogJsonException.class,
                () -> CatalogBinder.position(faulty().get("positions").get(1), "/positions/3", new Lenience())).issue().pointer(),
                "a position that is not an object cannot be bound even leniently");
    }
}
