package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Documents.MINIMAL;
import static org.talentcatalog.model.Documents.failsWith;
import static org.talentcatalog.model.Documents.minimalWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one problem vocabulary: what reading and binding report carries its layer, a place that is
 * not known is {@code null} (never 0), and only an input refused whole is unreadable.
 */
class IssueTest {

    private static final LocalizedText TEXT = LocalizedText.of("说明", "text");

    @Test
    void aMissingFileAndAnOversizedDocumentAreUnreadable(@TempDir Path dir) throws Exception {
        CatalogJsonException missing = failsWith(() -> CatalogJson.read(dir.resolve("none.json")), "read:io", null);
        Path file = dir.resolve("big.json");
        Files.writeString(file, MINIMAL);
        CatalogJson small = CatalogJson.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));
        CatalogJsonException tooLarge = failsWith(() -> small.parse(file), "read:limit", null);
        for (CatalogJsonException e : new CatalogJsonException[] {missing, tooLarge}) {
            assertTrue(e.issue().unreadable(), e::getMessage);
            assertEquals(Layer.READ, e.issue().layer());
            assertNull(e.issue().line(), e::getMessage);
            assertNull(e.issue().column(), e::getMessage);
        }
    }

    @Test
    void whatTheReaderPlacesInTheTextIsNotUnreadable() {
        String deep = "[".repeat(100) + "]".repeat(100);
        byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'};
        for (CatalogJsonException e : new CatalogJsonException[] {
                failsWith(deep, "read:limit", null),
                failsWith("{\"id\": ", "read:syntax", null),
                failsWith(() -> CatalogJson.read(invalidUtf8), "read:encoding", null)}) {
            assertFalse(e.issue().unreadable(), e::getMessage);
            assertEquals(Layer.READ, e.issue().layer());
            assertTrue(e.issue().line() >= 1 && e.issue().column() >= 1, e::getMessage);
        }
    }

    @Test
    void aValueThatDoesNotBindIsAModelIssueWithTheValidatorsId() {
        CatalogJsonException e = failsWith(minimalWith("\"INDUSTRY\"", "\"INDUSTRIAL\""), "model:code", "/kind");
        assertEquals(Layer.MODEL, e.issue().layer());
        assertEquals(Severity.ERROR, e.issue().severity());
        assertFalse(e.issue().unreadable());
        assertTrue(e.issue().line() >= 1, e::getMessage);
    }

    @Test
    void aTreeHasNoLinesSoTheyAreNullNotZero() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(MINIMAL);
        tree.put("kind", "INDUSTRIAL");
        CatalogJsonException e = failsWith(() -> CatalogJson.fromTree(tree), "model:code", "/kind");
        assertNull(e.issue().line());
        assertNull(e.issue().column());
        assertTrue(e.getMessage().startsWith("[/kind] 未知代码"), e.getMessage());
    }

    @Test
    void aPlaceIsOneBasedOrNull() {
        assertThrows(IllegalArgumentException.class, () -> new Issue(Severity.ERROR, Layer.READ, "read:syntax", null, 0, 0,
                null, TEXT, false));
        assertThrows(IllegalArgumentException.class, () -> Issue.of(Severity.ERROR, Layer.READ, "read:syntax", null, TEXT)
                .locatedAt(3, 0));
        assertEquals(3, Issue.of(Severity.ERROR, Layer.READ, "read:syntax", null, TEXT).locatedAt(3, null).line());
    }

    @Test
    void onlyAReadErrorMakesAnInputUnreadable() {
        assertThrows(IllegalArgumentException.class, () -> new Issue(Severity.ERROR, Layer.MODEL, "model:code", null, null,
                null, null, TEXT, true));
        assertThrows(IllegalArgumentException.class, () -> new Issue(Severity.WARNING, Layer.READ, "read:io", null, null,
                null, null, TEXT, true));
        Issue refused = Issue.unreadableInput("read:zipBomb", "xl/worksheets/sheet1.xml", TEXT);
        assertTrue(refused.unreadable());
        assertEquals(Severity.ERROR, refused.severity());
        assertEquals("xl/worksheets/sheet1.xml", refused.cell());
        assertTrue(refused.inCell(null).withPointer("").locatedAt(1, 1).unreadable(), "copies keep it");
    }

    @Test
    void aLineForLogsNamesThePlaceTheRuleAndTheMessage() {
        Issue i = Issue.of(Severity.ERROR, Layer.READ, "read:value", "/positions/5/requirements", LocalizedText.of(
                "无法识别的学历要求", "unknown education")).inCell("岗位!K7");
        assertEquals("岗位!K7 [/positions/5/requirements] ERROR read:value 无法识别的学历要求", i.toString());
        assertEquals("unknown education", i.message(Locale.ENGLISH));
        assertEquals("3:7 [/] WARNING R9 说明", Issue.of(Severity.WARNING, Layer.RULE, "R9", "", TEXT).locatedAt(3, 7).toString());
    }
}
