package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.Lenience;
import org.talentcatalog.schema.internal.Finding;
import org.talentcatalog.schema.internal.ModelLayer;
import org.talentcatalog.schema.internal.SchemaLayer;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;

/**
 * Merging the layers' findings never hides an error: for documents edited so that the schema, the
 * model and the rules report at the same places (a code that breaks its pattern and is unregistered,
 * a salary below zero and below its minimum, a duplicate id that is also malformed, members of the
 * wrong type…), every place the
 * schema layer alone finds an error carries an error in the full report, and the report is valid
 * exactly when no layer, run on its own, finds an error. Both pipelines (a JSON text streamed, a tree
 * as a table gives it) agree.
 */
class NoHiddenErrorProperties {

    private static final SchemaLayer SCHEMA = new SchemaLayer();
    private static final ModelLayer MODEL = new ModelLayer();
    private static final CatalogValidator VALIDATOR = CatalogValidator.builder().maxIssues(100_000).build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Sets (or, for a missing value, removes) the member at {@code pointer}. */
    record Edit(String pointer, JsonNode value) {
        void apply(ObjectNode doc) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = doc.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent instanceof ObjectNode o) {
                if (value.isMissingNode()) {
                    o.remove(last);
                } else {
                    o.set(last, value);
                }
            } else if (parent instanceof ArrayNode a && !value.isMissingNode() && last.matches("\\d+")
                    && Integer.parseInt(last) < a.size()) {
                a.set(Integer.parseInt(last), value);
            }
        }

        @Override
        public String toString() {
            return pointer + "=" + value;
        }
    }

    /** Edits of one member; a {@code null} value removes it. */
    private static Arbitrary<Edit> at(String pointer, Object... values) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Object v : values) {
            nodes.add(v == null ? F.missingNode() : v instanceof JsonNode n ? n : Fixtures.MAPPER.valueToTree(v));
        }
        return Arbitraries.of(nodes).map(v -> new Edit(pointer, v));
    }

    private static JsonNode region(String code) {
        return F.objectNode().put("code", code).put("name", "临港新片区");
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        String[] industries = {"INTEGRATED_CIRCUIT", "新能源汽车", "FOO_BAR", "ic", "BIOMEDICINE"};
        Arbitrary<Edit> sameValue = Arbitraries.oneOf(List.of(
                at("/scope/region", region("Lingang"), region("LINGANG"), region("310115"), region("31011"), region("ZZ_NOWHERE")),
                at("/scope/industries/0", (Object[]) industries),
                at("/scope/industries", null, F.arrayNode()),
                at("/positions/0/industry", (Object[]) industries),
                at("/positions/1/industry", null, "新能源汽车", "FOO_BAR"),
                at("/kind", "REGIONAL", "SPECIAL", "INDUSTRY", "OTHER"),
                at("/status", "DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN", "DONE"),
                at("/issuance/compilers/0/creditCode", "91350100M000100Y43", "91350100M000100Y44", "9135", "91350100M000100YI3"),
                at("/issuance/documentNumber", null, "沪人社力[2024]15号", "　", "沪人社力〔2024〕15号"),
                at("/issuance/jointIssuers", null, F.arrayNode()),
                at("/edition/validUntil", null, "2024-02-30", "2023-01-01", "2026-03-31"),
                at("/edition/publishedOn", null, "2024-13-01", "2024-05-01"),
                at("/edition/supersedes", null, "2025", "20x", "2022"),
                at("/positions/1/id", "IC-001", "IC 001", "ic-001", ""),
                at("/positions/0/shortage/score", 0.2, 1.5, -0.1, 0.86),
                at("/positions/0/shortage/level", "SCARCE", "HUGE", null),
                at("/positions/0/shortage", (Object) null),
                at("/positions/0/demand/salary/max", 100000, -1, "many"),
                at("/positions/0/occupationCode", "9-99-99-99", "29", "2-02-38-09", null),
                at("/positions/0/industryClass", "C3973", "I3973", "c39", "Z9999"),
                at("/positions/1/name/zh", "集成电路设计工程师", " ", null),
                at("/methodology/scoring/thresholds/SCARCE", 0.9, 1.2),
                at("/methodology/consultations", F.arrayNode(), null)));
        Arbitrary<Edit> wrongType = Arbitraries.oneOf(List.of(
                at("/positions/0/requirements", F.arrayNode(), F.nullNode(), "本科"),
                at("/edition", "2024", F.nullNode()),
                at("/scope", F.nullNode(), F.objectNode()),
                at("/positions/1", F.arrayNode(), F.numberNode(7))));
        return Arbitraries.frequencyOf(Tuple.of(9, sameValue), Tuple.of(1, wrongType)).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 250)
    void noErrorIsHiddenAndValidityDependsOnNoLayer(@ForAll("edits") List<Edit> edits) {
        ObjectNode doc = Fixtures.tree();
        edits.forEach(e -> e.apply(doc));
        ValidationReport streamed = VALIDATOR.validateText(doc.toPrettyString());
        ValidationReport tree = VALIDATOR.validate(doc, pointer -> null, List.of());

        List<Finding> schemaAlone = SCHEMA.validate(doc);
        boolean someLayerErrs = !schemaAlone.isEmpty() || modelErrs(doc) || rulesErr(doc);
        Statistics.collect(someLayerErrs ? "errors" : "no errors");
        Statistics.coverage(c -> {
            c.check("errors").percentage(p -> p > 50);
            c.check("no errors").percentage(p -> p > 3);
        });
        for (ValidationReport report : List.of(streamed, tree)) {
            Set<String> errorsAt = report.issues().stream().filter(i -> i.severity() == Severity.ERROR)
                    .map(Issue::pointer).collect(Collectors.toSet());
            for (Finding f : schemaAlone) {
                assertTrue(errorsAt.contains(f.fault()) || errorsAt.contains(f.issue().pointer()),
                        () -> "the schema's " + f.issue() + " lost in " + report.issues());
            }
            assertEquals(someLayerErrs, !report.valid(), () -> "schema " + schemaAlone + " report " + report.issues());
            assertEquals(report.errorCount(), report.issues().stream().filter(i -> i.severity() == Severity.ERROR).count());
        }
        assertEquals(placeless(streamed), placeless(tree));
        assertEquals(streamed.errorCount(), tree.errorCount());
        assertEquals(streamed.warningCount(), tree.warningCount());
    }

    private static List<String> placeless(ValidationReport report) {
        return report.issues().stream().map(i -> i.severity() + " " + i.rule() + " " + i.pointer()).sorted().toList();
    }

    /** Whether binding or Bean Validation, on their own, find an error. */
    private static boolean modelErrs(ObjectNode doc) {
        Lenience lenience = new Lenience();
        Catalog bound = CatalogBinder.catalog(doc, lenience);
        return !lenience.problems().isEmpty() || !MODEL.validate(bound, "").isEmpty();
    }

    /** Whether a rule of severity ERROR, run on its own over the bound catalog, reports anything. */
    private static boolean rulesErr(ObjectNode doc) {
        Catalog bound = CatalogBinder.catalog(doc, new Lenience());
        boolean[] erred = {false};
        for (Rule rule : Rules.standard().all()) {
            rule.check(bound, new RuleContext() {
                @Override
                public CodeLists codeLists() {
                    return CodeLists.defaults();
                }

                @Override
                public OccupationCodes occupationCodes() {
                    return OccupationCodes.defaults();
                }

                @Override
                public IndustryClasses industryClasses() {
                    return IndustryClasses.defaults();
                }

                @Override
                public boolean complete() {
                    return true;
                }

                @Override
                public void report(String pointer, LocalizedText message) {
                    erred[0] |= rule.severity() == Severity.ERROR;
                }
            });
        }
        return erred[0];
    }
}
