package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.schema.internal.ModelLayer;
import org.talentcatalog.schema.internal.SchemaLayer;

/**
 * The schema and the Bean Validation constraints express the same per-member format: a document
 * whose members are edited to valid or invalid values (blank, too long, malformed, out of range,
 * duplicated) is schema-valid exactly when its bound model has no violations.
 */
class LayerAgreementProperties {

    private static final SchemaLayer SCHEMA = new SchemaLayer();
    private static final ModelLayer MODEL = new ModelLayer();

    /** One edit: set the member at {@code pointer} to {@code value}. */
    record Edit(String pointer, JsonNode value) {
        void apply(ObjectNode doc) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = doc.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent instanceof ObjectNode o) {
                o.set(last, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(last), value);
            }
        }
    }

    private static final List<String> TEXTS = List.of("/title/zh", "/title/en", "/positions/0/name/zh",
            "/issuance/compilers/0/name", "/issuance/documentNumber", "/methodology/scoring/method",
            "/positions/1/requirements/majors/0");
    private static final List<String> IDS = List.of("/id", "/positions/0/id", "/positions/1/industry",
            "/scope/industries/0", "/positions/0/occupationCode", "/edition/version", "/edition/supersedes",
            "/issuance/compilers/0/creditCode", "/methodology/scoring/indicators/0/id");
    private static final List<String> UNIT_NUMBERS = List.of("/positions/0/shortage/score",
            "/methodology/scoring/thresholds/SCARCE");
    private static final List<String> COUNTS = List.of("/positions/0/demand/headcount",
            "/positions/0/requirements/experience/minYears", "/methodology/survey/sampleSize");

    @Provide
    Arbitrary<List<Edit>> edits() {
        return edit().list().ofMinSize(1).ofMaxSize(3);
    }

    private Arbitrary<Edit> edit() {
        var factory = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        Arbitrary<JsonNode> texts = Arbitraries.oneOf(
                Arbitraries.of("\u3000", " ", "\u00a0\t", "", "岗位", "a b").map(factory::textNode),
                Arbitraries.integers().between(150, 260).map(n -> factory.textNode("字".repeat(n))),
                Arbitraries.integers().between(1990, 2010).map(n -> factory.textNode("x".repeat(n))));
        Arbitrary<JsonNode> ids = Arbitraries.of("sh-ic", "IC-9", "A", "ab", "Ab", "2-02-38", "9-99", "2024", "2024.10",
                "24", "2024.1000", "91350100M000100Y43", "91350100M000100YI3", "INTEGRATED_CIRCUIT", "x",
                "a_b", "_a", "-x").map(factory::textNode);
        Arbitrary<JsonNode> units = Arbitraries.of(-0.1, 0.0, 0.5, 1.0, 1.01, 7.0).map(factory::numberNode);
        Arbitrary<JsonNode> counts = Arbitraries.of(-1, 0, 3, 50, 51, 1000).map(factory::numberNode);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(TEXTS), texts).as(Edit::new),
                Combinators.combine(Arbitraries.of(IDS), ids).as(Edit::new),
                Combinators.combine(Arbitraries.of(UNIT_NUMBERS), units).as(Edit::new),
                Combinators.combine(Arbitraries.of(COUNTS), counts).as(Edit::new));
    }

    @Property(tries = 300)
    void schemaAndBeanValidationAgree(@ForAll("edits") List<Edit> edits) {
        ObjectNode doc = Fixtures.tree();
        edits.forEach(e -> e.apply(doc));
        boolean schemaValid = SCHEMA.validate(doc).isEmpty();
        Catalog bound = CatalogBinder.catalog(doc);
        boolean modelValid = MODEL.validate(bound, "").isEmpty();
        Statistics.collect(schemaValid ? "valid" : "invalid");
        Statistics.coverage(c -> {
            c.check("valid").percentage(p -> p > 5);
            c.check("invalid").percentage(p -> p > 30);
        });
        assertEquals(schemaValid, modelValid, () -> "schema " + SCHEMA.validate(doc) + " model " + MODEL.validate(bound, ""));
    }
}
