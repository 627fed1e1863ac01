package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Documents.MINIMAL;
import static org.talentcatalog.model.Documents.assertAt;
import static org.talentcatalog.model.Documents.failsWith;
import static org.talentcatalog.model.Documents.minimalWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input fails with {@code read:limit} at a line and column, never with a
 * StackOverflowError or OutOfMemoryError (issue 2, "Tests").
 */
class ReadLimitsTest {

    @Test
    void defaultLimitsAreWellBelowJacksonsOwn() {
        ReadLimits d = ReadLimits.defaults();
        assertEquals(new ReadLimits(256L << 20, 64, 1 << 20, 100), d);
        assertTrue(d.maxDepth() < 1000);
        assertEquals(d, CatalogJson.standard().limits());
        ReadLimits shallow = d.withMaxDepth(3);
        assertEquals(shallow, CatalogJson.withLimits(shallow).limits());
        assertEquals(new ReadLimits(256L << 20, 3, 1 << 20, 100), shallow);
        assertEquals(new ReadLimits(10, 64, 1 << 20, 100), d.withMaxDocumentBytes(10));
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDocumentBytes(-1));
        long[][] zeros = {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}};
        for (long[] z : zeros) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ReadLimits(z[0], (int) z[1], (int) z[2], (int) z[3]));
            assertEquals("read limits must be positive", e.getMessage());
        }
        assertEquals(1, new ReadLimits(1, 1, 1, 1).maxNumberLength(), "one is the least of each");
    }

    @Test
    void tenThousandNestedArraysFailAtTheFirstArrayTooDeep() {
        String json = "[".repeat(10_000) + "]".repeat(10_000);
        CatalogJsonException e = failsWith(json, "read:limit", null);
        // depth 64 is allowed; the 65th "[" (column 65) is one too many, and the error names the
        // position just after it (where the parser stopped), column 66
        assertAt(e, 1, 66);
    }

    @Test
    void tenThousandNestedObjectsInsideAnExtensionMemberFailWithLineAndColumn() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String json = minimalWith("\"kind\":", "\"x-deep\": " + deep + ",\n  \"kind\":");
        CatalogJsonException e = failsWith(json, "read:limit", null);
        assertEquals(5, e.issue().line(), e::getMessage);
        // the catalog object is depth 1, so the 64th "{" of x-deep (column 13 + 5 * 63) is the 65th
        // level; the error names the column just after it
        assertEquals(13 + 5 * 63 + 1, e.issue().column(), e::getMessage);
        assertTrue(e.issue().message(Locale.ENGLISH).startsWith("read limit exceeded"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void aFiftyMegabyteStringFailsWithLineAndColumn() {
        String huge = "长".repeat(50 * 1024 * 1024 / 3);
        String json = minimalWith("\"id\": \"sh-ic\"", "\"id\": \"" + huge + "\"");
        CatalogJsonException e = failsWith(() -> CatalogJson.read(json.getBytes(StandardCharsets.UTF_8)), "read:limit", null);
        assertEquals(3, e.issue().line(), e::getMessage);
        assertTrue(e.issue().column() > 1, e::getMessage);
        assertTrue(e.issue().message(Locale.ENGLISH).contains("String value length"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void aFiveThousandDigitNumberFailsWithLineAndColumn() {
        String json = minimalWith("\"kind\":", "\"x-n\": " + "9".repeat(5000) + ",\n  \"kind\":");
        CatalogJsonException e = failsWith(json, "read:limit", null);
        assertEquals(5, e.issue().line(), e::getMessage);
        assertTrue(e.issue().column() >= 10, e::getMessage);
        assertTrue(e.issue().message(Locale.ENGLISH).contains("Number value length"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void aFiveThousandDigitFractionFailsToo() {
        String json = minimalWith("\"kind\":", "\"x-n\": 0." + "1".repeat(5000) + ",\n  \"kind\":");
        failsWith(json, "read:limit", null);
    }

    @Test
    void aNumberOfOneHundredDigitsIsStillRead() {
        String json = minimalWith("\"kind\":", "\"x-n\": " + "9".repeat(100) + ",\n  \"kind\":");
        assertEquals("9".repeat(100), CatalogJson.readString(json).extensions().get("x-n").orElseThrow().asText());
    }

    @Test
    void anOversizedByteArrayIsRefusedBeforeParsing() {
        // broken JSON: a parser would report read:syntax; the size check comes first
        byte[] bytes = ("{" + " ".repeat(200) + "oops").getBytes(StandardCharsets.UTF_8);
        CatalogJson small = CatalogJson.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));
        CatalogJsonException e = failsWith(() -> small.parse(bytes), "read:limit", null);
        assertTrue(e.issue().message(Locale.ENGLISH).contains("document too large: 205 bytes"), e.issue().message(Locale.ENGLISH));
    }

    @Test
    void anOversizedStreamIsRefusedAfterReadingOneByteMoreThanTheLimit() {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };
        CatalogJson small = CatalogJson.withLimits(ReadLimits.defaults().withMaxDocumentBytes(1000));
        failsWith(() -> small.parse(endless), "read:limit", null);
        assertEquals(1001, read[0]);
    }

    @Test
    void anOversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, MINIMAL);
        CatalogJson small = CatalogJson.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));
        CatalogJsonException e = failsWith(() -> small.parse(file), "read:limit", null);
        assertTrue(e.issue().message(Locale.ENGLISH).startsWith("document too large"), e.issue().message(Locale.ENGLISH));
        assertEquals("sh-ic", CatalogJson.read(file).id());
    }

    @Test
    void aDocumentOfExactlyTheLimitIsRead() {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        CatalogJson exact = CatalogJson.withLimits(ReadLimits.defaults().withMaxDocumentBytes(bytes.length));
        assertEquals("sh-ic", exact.parse(bytes).id());
        assertEquals("sh-ic", exact.parse(new ByteArrayInputStream(bytes)).id());
    }

    @Test
    void aSmallerDepthLimitAppliesToTheCatalogItself() {
        // positions[0].requirements.majors is at depth 5 (catalog, positions, position, requirements, majors)
        CatalogJson shallow = CatalogJson.withLimits(ReadLimits.defaults().withMaxDepth(4));
        CatalogJsonException e = failsWith(() -> shallow.parseText(MINIMAL), "read:limit", null);
        int[] majors = Documents.lineColumnOf(MINIMAL, "[\"微电子\"]");
        assertAt(e, majors[0], majors[1] + 1);
        assertEquals("sh-ic", CatalogJson.withLimits(ReadLimits.defaults().withMaxDepth(5)).parseText(MINIMAL).id());
    }
}
