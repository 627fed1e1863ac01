package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;

/**
 * Random damage to a valid document (drop, duplicate, retype or truncate) never makes the validator
 * throw, and always yields a report whose issues have rule ids and messages in both languages.
 */
class FuzzProperties {

    private static final String VALID = CatalogJson.write(Fixtures.catalog());

    @Property(tries = 400)
    void damagedDocumentsAlwaysGiveAReport(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int damages) {
        Random random = new Random(seed);
        ObjectNode doc = Fixtures.tree();
        for (int i = 0; i < damages; i++) {
            damage(doc, random);
        }
        check(Fixtures.VALIDATOR.validateText(doc.toPrettyString()));
    }

    @Property(tries = 200)
    void truncatedOrSplicedTextAlwaysGivesAReport(@ForAll long seed) {
        Random random = new Random(seed);
        int cut = random.nextInt(VALID.length());
        String text = random.nextBoolean()
                ? VALID.substring(0, cut)
                : VALID.substring(0, cut) + VALID.substring(random.nextInt(VALID.length()));
        check(Fixtures.VALIDATOR.validateText(text));
    }

    private static void check(ValidationReport report) {
        assertNotNull(report);
        for (Issue i : report.issues()) {
            assertTrue(i.rule() != null && !i.rule().isEmpty());
            assertTrue(!i.message(Locale.CHINESE).isBlank() && !i.message(Locale.ENGLISH).isBlank());
        }
        assertNotNull(report.toJson(Locale.ENGLISH));
    }

    /** Applies one random damage to a random container of the document. */
    static void damage(ObjectNode doc, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode[] replacements = {f.nullNode(), f.textNode(""), f.numberNode(-1), f.booleanNode(true),
            f.arrayNode(), f.objectNode(), f.textNode("\u3000"), f.numberNode(1e308), f.textNode("x".repeat(5000))};
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name + (random.nextBoolean() ? "" : "2"), o.get(name).deepCopy());
                default -> o.set(name, replacements[random.nextInt(replacements.length)]);
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, replacements[random.nextInt(replacements.length)]);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
