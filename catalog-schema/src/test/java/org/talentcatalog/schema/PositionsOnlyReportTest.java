package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;

/** A report for positions given alone keeps the positions' issues and the reader's, nothing about the catalog-level members. */
class PositionsOnlyReportTest {

    @Test
    void keepsThePositionsAndTheReadersIssuesOnly() {
        ObjectNode full = Fixtures.tree();
        ObjectNode rows = JsonNodeFactory.instance.objectNode();
        rows.set("positions", full.get("positions"));
        Fixtures.obj(rows, "/positions/1/requirements").remove("education");
        Issue read = Issue.of(Severity.WARNING, Layer.READ, "read:note", null, LocalizedText.of("读者的提示", "a reader's note"));
        ValidationReport all = Fixtures.VALIDATOR.validate(rows, p -> null, List.of(read));
        assertTrue(all.issues().stream().anyMatch(i -> "".equals(i.pointer()) && i.rule().equals("schema:required")), all.issues()::toString);

        ValidationReport report = all.positionsOnly();
        assertEquals(List.of("read:note", "schema:required"), report.issues().stream().map(Issue::rule).sorted().toList());
        Issue missing = report.issues(("schema:required")).get(0);
        assertEquals("/positions/1/requirements", missing.pointer());
        assertEquals(1, report.errorCount());
        assertEquals(1, report.warningCount());
        assertEquals(0, report.omitted());
    }

    @Test
    void aCompleteDocumentLosesNothing() {
        ValidationReport all = Fixtures.VALIDATOR.validate(Fixtures.tree(), p -> null, List.of());
        assertEquals(all.issues(), all.positionsOnly().issues());
        assertTrue(all.positionsOnly().valid());
    }
}
