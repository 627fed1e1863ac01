package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one-line message of a JSON error: its place, when known, its pointer, when known, and the Chinese text. */
class CatalogJsonExceptionTest {

    private static final LocalizedText TEXT = LocalizedText.of("未知成员", "unknown member");

    private static CatalogJsonException error(String pointer, Integer line, Integer column) {
        return new CatalogJsonException(new Issue(Severity.ERROR, Layer.MODEL, "model:unknownMember", pointer, line, column, null, TEXT, false));
    }

    @Test
    void theMessageNamesWhatIsKnownOfThePlace() {
        assertEquals("3:7 [/a/b] 未知成员", error("/a/b", 3, 7).getMessage());
        assertEquals("3 [/a/b] 未知成员", error("/a/b", 3, null).getMessage());
        assertEquals("[/a/b] 未知成员", error("/a/b", null, null).getMessage());
        assertEquals("[/] 未知成员", error("", null, null).getMessage(), "the document itself");
        assertEquals("2:1 未知成员", error(null, 2, 1).getMessage());
        assertEquals("未知成员", error(null, null, null).getMessage());
    }

    @Test
    void aLocatedCopyKeepsTheIssueAndTakesThePlace() {
        CatalogJsonException e = error("/id", null, null);
        CatalogJsonException located = e.locatedAt(4, 12);
        assertEquals("4:12 [/id] 未知成员", located.getMessage());
        assertEquals(e.issue().locatedAt(4, 12), located.issue());
        assertEquals("unknown member", located.issue().message(Locale.ENGLISH));
        assertEquals(null, e.issue().line(), "the original is unchanged");
        Issue issue = e.issue();
        assertSame(issue, new CatalogJsonException(issue).issue());
        assertThrows(NullPointerException.class, () -> new CatalogJsonException(null));
    }

    @Test
    void aBindingErrorOfAReadDocumentIsPlacedWhereTheValueIs() {
        CatalogJsonException e = assertThrows(CatalogJsonException.class,
                () -> CatalogJson.readString("{\n  \"id\": \"x\",\n  \"kind\":\n      \"NONE\"\n}"));
        assertEquals("4:7 [/kind] 未知代码 \"NONE\"，允许: INDUSTRY, REGIONAL, SPECIAL", e.getMessage());
        assertEquals(Layer.MODEL, e.issue().layer());
        assertEquals(Severity.ERROR, e.issue().severity());
        CatalogJsonException tree = assertThrows(CatalogJsonException.class,
                () -> CatalogJson.fromTree(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"kind\": \"NONE\"}")));
        assertEquals("[/kind] 未知代码 \"NONE\"，允许: INDUSTRY, REGIONAL, SPECIAL", tree.getMessage(), "a tree has no lines");
    }
}
