package org.talentcatalog.schema;

import org.talentcatalog.model.Issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.Lenience;

/**
 * One run for every source: the same content validated as JSON text (streamed), as a tree with a
 * cell map (as a table is) and as a catalog built in code gives the same issues — rule, severity,
 * pointer, and the same counts — each placed as its source allows: text issues at lines, tree issues
 * at cells, a catalog's nowhere.
 */
class SameReportProperties {

    private static final CatalogValidator V = CatalogValidator.builder().maxIssues(100_000).build();

    /** A cell map that knows every pointer. */
    static String cell(String pointer) {
        return "表!" + pointer;
    }

    /** The issues without their places, sorted (a report without lines lists them in pointer order). */
    static List<String> placeless(ValidationReport report) {
        return report.issues().stream().map(i -> i.severity() + " " + i.rule() + " " + i.pointer()).sorted().toList();
    }

    /** Text issues stand at a line wherever their value is in the text; tree issues at a cell. */
    static void placedAsTheSourceAllows(JsonNode doc, ValidationReport text, ValidationReport tree) {
        for (Issue i : text.issues()) {
            if (i.pointer() != null && !doc.at(i.pointer()).isMissingNode()) {
                assertNotNull(i.line(), i::toString);
                assertNotNull(i.column(), i::toString);
            }
            assertNull(i.cell(), i::toString);
        }
        for (Issue i : tree.issues()) {
            assertNull(i.line(), i::toString);
            if (i.pointer() != null) {
                assertNotNull(i.cell(), i::toString);
            }
        }
    }

    @Property(tries = 150)
    void aCatalogGivesTheIssuesOfItsJsonTextAndOfItsTree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int damages) {
        ObjectNode damaged = Fixtures.tree();
        Random random = new Random(seed);
        for (int i = 0; i < damages; i++) {
            FuzzProperties.damage(damaged, random);
        }
        Catalog catalog = CatalogBinder.catalog(damaged, new Lenience()); // what binds of it: nulls, blanks, bad codes…
        JsonNode doc = CatalogJson.toTree(catalog);

        ValidationReport text = V.validateText(CatalogJson.write(catalog));
        ValidationReport tree = V.validate(doc, SameReportProperties::cell, List.of());
        ValidationReport built = V.validate(catalog);

        Statistics.collect(text.valid() ? "valid" : "invalid");
        Statistics.coverage(c -> {
            c.check("valid").percentage(p -> p > 10);
            c.check("invalid").percentage(p -> p > 40);
        });
        assertEquals(placeless(text), placeless(tree));
        assertEquals(placeless(text), placeless(built));
        for (ValidationReport r : List.of(tree, built)) {
            assertEquals(text.errorCount(), r.errorCount());
            assertEquals(text.warningCount(), r.warningCount());
        }
        placedAsTheSourceAllows(doc, text, tree);
        built.issues().forEach(i -> {
            assertNull(i.line(), i::toString);
            assertNull(i.cell(), i::toString);
        });
    }

    @Property(tries = 150)
    void anyDocumentGivesTheSameIssuesAsTextAndAsATree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int damages) {
        ObjectNode doc = Fixtures.tree();
        Random random = new Random(seed);
        for (int i = 0; i < damages; i++) {
            FuzzProperties.damage(doc, random); // wrong types, unbindable positions, missing parts
        }
        ValidationReport text = V.validateText(doc.toPrettyString());
        ValidationReport tree = V.validate(doc, SameReportProperties::cell, List.of());

        assertEquals(placeless(text), placeless(tree));
        assertEquals(text.errorCount(), tree.errorCount());
        assertEquals(text.warningCount(), tree.warningCount());
        placedAsTheSourceAllows(doc, text, tree);
    }
}
