package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;

/** Which layer's findings are kept at one fault, by example. */
class IssueCollectorTest {

    private static Finding at(String fault, Layer layer, String rule, Severity severity) {
        return new Finding(Issue.of(severity, layer, rule, fault, LocalizedText.of(rule, rule)), fault);
    }

    private static List<String> kept(Finding... findings) {
        IssueCollector c = new IssueCollector(100);
        for (Finding f : findings) {
            c.add(f);
        }
        return c.issues().stream().map(Issue::rule).sorted().toList();
    }

    @Test
    void anEmbeddersErrorWinsOverTheModelsAtTheSameFault() {
        assertEquals(List.of("X-SALARY"), kept(at("/a", Layer.MODEL, "model:NotNull", Severity.ERROR),
                at("/a", Layer.EMBEDDER, "X-SALARY", Severity.ERROR)));
    }

    @Test
    void embeddersAndNumberedRulesRankAlikeSoBothStay() {
        assertEquals(List.of("R6", "X-SALARY"), kept(at("/a", Layer.RULE, "R6", Severity.ERROR),
                at("/a", Layer.EMBEDDER, "X-SALARY", Severity.ERROR), at("/a", Layer.SCHEMA, "schema:minimum", Severity.ERROR)));
    }

    @Test
    void anIdSpelledLikeAnotherLayerDoesNotMoveItsFinding() {
        assertEquals(List.of("schema:mine"), kept(at("/a", Layer.MODEL, "model:NotNull", Severity.ERROR),
                at("/a", Layer.EMBEDDER, "schema:mine", Severity.ERROR)));
        assertEquals(List.of("schema:pattern"), kept(at("/a", Layer.RULE, "schema:pattern", Severity.WARNING),
                at("/a", Layer.SCHEMA, "R99", Severity.WARNING)));
    }

    @Test
    void aWarningOfAnyLayerLosesToAnError() {
        assertEquals(List.of("model:NotNull"), kept(at("/a", Layer.MODEL, "model:NotNull", Severity.ERROR),
                at("/a", Layer.EMBEDDER, "X-SALARY", Severity.WARNING)));
    }

    @Test
    void onlyTheSchemaLayerCoversAValue() {
        IssueCollector c = new IssueCollector(100);
        c.add(at("/a/b", Layer.EMBEDDER, "schema:mine", Severity.ERROR));
        assertFalse(c.schemaCovers("/a/b"));
        c.add(at("/a/b", Layer.SCHEMA, "X-NOT-SCHEMA", Severity.ERROR));
        assertTrue(c.schemaCovers("/a/b/c"));
    }
}
