package org.talentcatalog.schema;

import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Severity;

/**
 * Findings of several layers at one fault are merged by their {@link Layer}, never by how a rule id
 * is spelled: an embedder's rule ranks with the numbered rules, so it never silently loses to the
 * model or the schema.
 */
class LayerMergeTest {

    /** An embedder's rule that reports one value, whatever the catalog. */
    private record At(String id, Severity severity, String pointer) implements Rule {
        @Override
        public void check(Catalog catalog, RuleContext context) {
            context.report(pointer, "自定义检查", "a check of our own");
        }
    }

    private static List<ValidationReport> both(CatalogValidator validator, ObjectNode doc) {
        return List.of(validator.validateText(doc.toPrettyString()), validator.validate(doc, pointer -> null, List.of()));
    }

    private static List<Issue> at(ValidationReport report, String pointer) {
        return report.issues().stream().filter(i -> pointer.equals(i.pointer())).toList();
    }

    /** A document whose region code breaks the schema's pattern (and is an unregistered code, R10). */
    private static ObjectNode badRegion() {
        ObjectNode doc = tree();
        obj(doc, "/scope").putObject("region").put("code", "Lingang").put("name", "临港新片区");
        return doc;
    }

    private static final String REGION = "/scope/region/code";

    @Test
    void withoutAnEmbeddersRuleTheSchemasErrorStands() {
        for (ValidationReport report : both(Fixtures.VALIDATOR, badRegion())) {
            assertEquals(List.of("schema:pattern"), at(report, REGION).stream().map(Issue::rule).toList(),
                    report.issues()::toString);
        }
    }

    @Test
    void anEmbeddersErrorIsNotDroppedForABuiltInLayersAtTheSameValue() {
        CatalogValidator withOwn = CatalogValidator.builder().addRule(new At("X-REGION", Severity.ERROR, REGION)).build();
        for (ValidationReport report : both(withOwn, badRegion())) {
            List<Issue> here = at(report, REGION);
            assertEquals(List.of("X-REGION", "R10"), here.stream().map(Issue::rule).toList(), report.issues()::toString);
            assertEquals(List.of(Layer.EMBEDDER, Layer.RULE), here.stream().map(Issue::layer).toList());
            assertFalse(report.valid());
        }
    }

    @Test
    void anEmbeddersRuleNamedLikeAnotherLayerIsStillAnEmbeddersRule() {
        CatalogValidator withOwn = CatalogValidator.builder().addRule(new At("model.Custom", Severity.ERROR, REGION)).build();
        for (ValidationReport report : both(withOwn, badRegion())) {
            List<Issue> here = at(report, REGION);
            assertEquals(List.of("model.Custom", "R10"), here.stream().map(Issue::rule).toList(), report.issues()::toString);
            assertEquals(Layer.EMBEDDER, here.get(0).layer());
        }
    }

    @Test
    void anEmbeddersWarningStillLosesToAnErrorOfAnyLayer() {
        CatalogValidator withOwn = CatalogValidator.builder().addRule(new At("X-REGION", Severity.WARNING, REGION)).build();
        for (ValidationReport report : both(withOwn, badRegion())) {
            assertEquals(List.of("schema:pattern"), at(report, REGION).stream().map(Issue::rule).toList(),
                    report.issues()::toString);
            assertEquals(0, report.warningCount(), report.issues()::toString);
        }
    }

    @Test
    void everyIssueCarriesTheLayerThatFoundIt() {
        ObjectNode doc = badRegion();
        obj(doc, "/positions/0/demand").put("headcount", 99_999_999_999L); // no int: the model's binding
        obj(doc, "/positions/0/demand/salary").put("max", 1); // below the minimum: R6
        obj(doc, "/positions/1").put("category", "RESEARCH"); // not a code: schema, and no binding
        String text = "\uFEFF" + doc.toPrettyString();
        CatalogValidator validator = CatalogValidator.builder().addRule(new At("X-NAME", Severity.INFO, "/id")).build();
        ValidationReport report = validator.validateText(text);
        Map<String, Layer> expected = Map.of("read:", Layer.READ, "schema:", Layer.SCHEMA, "model:", Layer.MODEL,
                "R", Layer.RULE, "X-", Layer.EMBEDDER);
        for (Issue i : report.issues()) {
            Layer layer = expected.entrySet().stream().filter(e -> i.rule().startsWith(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("unexpected rule " + i)).getValue();
            assertEquals(layer, i.layer(), i::toString);
        }
        assertEquals(expected.size(), report.issues().stream().map(Issue::layer).distinct().count(), report.issues()::toString);
    }
}
