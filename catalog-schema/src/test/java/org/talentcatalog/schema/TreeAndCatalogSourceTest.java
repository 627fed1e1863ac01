package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.schema.Fixtures.obj;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.ShortageLevel;

/**
 * Documents that are not JSON text: a tree read from a table, with its reader's own issues, and a
 * catalog built in code, read back within the validator's limits.
 */
class TreeAndCatalogSourceTest {

    private static final CatalogValidator V = Fixtures.VALIDATOR;
    private static final SourceMap NO_CELLS = pointer -> null;

    private static Issue read(Severity severity, String pointer) {
        return Issue.of(severity, Layer.READ, "read:value", pointer, LocalizedText.of("无法读取", "cannot be read"));
    }

    private static List<String> rules(ValidationReport r) {
        return r.issues().stream().map(i -> i.rule() + " " + i.pointer()).toList();
    }

    @Test
    void aValueTheReaderCouldNotReadIsNotReportedMissing() {
        ObjectNode doc = Fixtures.tree();
        obj(doc, "/edition").remove("validUntil");
        assertEquals(List.of("R11 /edition"), rules(V.validate(doc, NO_CELLS, List.of())), "the rule without a read issue");
        ValidationReport r = V.validate(doc, NO_CELLS, List.of(read(Severity.ERROR, "/edition/validUntil")));
        assertEquals(List.of("read:value /edition/validUntil"), rules(r));
    }

    @Test
    void aReadWarningHidesNothing() {
        ObjectNode doc = Fixtures.tree();
        obj(doc, "/edition").remove("validUntil");
        ValidationReport r = V.validate(doc, NO_CELLS, List.of(read(Severity.WARNING, "/edition/validUntil")));
        assertEquals(List.of("R11 /edition", "read:value /edition/validUntil"), rules(r).stream().sorted().toList());
    }

    @Test
    void aValueStillInTheTreeLeavesTheObjectAroundItJudged() {
        // The reader could not read the version as written, but a value stands in its place: the
        // edition is still judged, and R11 still finds its end date missing.
        ObjectNode doc = Fixtures.tree();
        obj(doc, "/edition").remove("validUntil");
        ValidationReport r = V.validate(doc, NO_CELLS, List.of(read(Severity.ERROR, "/edition/version")));
        assertEquals(List.of("R11 /edition", "read:value /edition/version"), rules(r).stream().sorted().toList());
    }

    @Test
    void aCellTheReaderGaveIsKeptAndAnIssueWithoutPointerGetsNone() {
        Issue inCell = read(Severity.WARNING, "/positions/0/name").inCell("岗位!C2");
        Issue nowhere = read(Severity.WARNING, null);
        ValidationReport r = V.validate(Fixtures.tree(), p -> "其他!A1", List.of(inCell, nowhere));
        List<String> cells = r.issues("read:value").stream().map(i -> i.pointer() + " " + i.cell()).toList();
        assertEquals(List.of("/positions/0/name 岗位!C2", "null null"), cells.stream().sorted().toList());
    }

    @Test
    void aTreeThatIsNotAnObjectOrHasNoListOfPositionsIsJudgedWhole() {
        ValidationReport array = V.validate(JsonNodeFactory.instance.arrayNode(), p -> "表!A1", List.of());
        assertEquals(List.of("schema:type "), rules(array));
        assertEquals("表!A1", array.issues().get(0).cell());

        ObjectNode doc = Fixtures.tree();
        doc.put("positions", "none");
        ValidationReport r = V.validate(doc, p -> p.equals("/positions") ? "岗位!A1" : null, List.of());
        assertEquals(List.of("schema:type /positions"), rules(r));
        assertEquals("岗位!A1", r.issues().get(0).cell());
    }

    @Test
    void aPositionBeyondTheReadLimitsEndsTheReadingAtItsPointer() {
        ObjectNode deep = JsonNodeFactory.instance.objectNode();
        ObjectNode inner = deep;
        for (int i = 0; i < 10; i++) {
            inner = inner.putObject("a");
        }
        Catalog fixture = Fixtures.catalog();
        Position nested = fixture.positions().get(1).toBuilder()
                .extensions(Extensions.of(Map.of("x-deep", deep))).build();
        Catalog c = fixture.withPositions(List.of(fixture.positions().get(0), nested,
                Fixtures.position("IC-003", "封装工程师", ShortageLevel.SCARCE, 0.2)));
        CatalogValidator shallow = CatalogValidator.builder().readLimits(ReadLimits.defaults().withMaxDepth(8)).build();
        ValidationReport r = shallow.validate(c);
        // Read no further: neither the third position's score against its level (R13) nor the header.
        assertEquals(List.of("read:limit /positions/1"), rules(r));
        assertEquals(null, r.issues().get(0).line(), "a catalog in code has no lines");

        ValidationReport header = shallow.validate(fixture.toBuilder().extensions(Extensions.of(Map.of("x-deep", deep))).build());
        assertEquals(List.of("read:limit "), rules(header));
        assertEquals(List.of(), rules(V.validate(c.withPositions(List.of(nested)))), "within the default limits");
    }
}
