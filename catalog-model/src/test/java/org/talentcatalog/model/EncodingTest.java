package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Documents.MINIMAL;
import static org.talentcatalog.model.Documents.assertAt;
import static org.talentcatalog.model.Documents.failsWith;
import static org.talentcatalog.model.Documents.lineColumnOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentcatalog.model.internal.JsonText;

/** Documents are strict UTF-8; a byte order mark is tolerated on reading and never written. */
class EncodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** MINIMAL's bytes with {@code bad} inserted just before the first occurrence of {@code marker}. */
    private static byte[] insertBefore(String marker, byte... bad) {
        int at = MINIMAL.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MINIMAL.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(MINIMAL.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "invalid byte sequence #{index}")
    @ValueSource(strings = {"FF", "C0AF", "E99B", "EDA080", "80", "F5808080"})
    void reportsTheLineAndCharacterColumnOfTheFirstInvalidByte(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        // inside the Chinese title, after 上海市 (three characters of three bytes each)
        byte[] bytes = insertBefore("集成电路产业", bad);
        CatalogJsonException e = failsWith(() -> CatalogJson.read(bytes), "read:encoding", null);
        int[] at = lineColumnOf(MINIMAL, "集成电路产业");
        assertAt(e, at[0], at[1]);
        assertEquals(4, e.issue().line());
        assertTrue(e.issue().message(Locale.ENGLISH).startsWith("not valid UTF-8: byte 0x" + hex.substring(0, 2)),
                e.issue().message(Locale.ENGLISH));
    }

    @Test
    void reportsALoneLeadByteOfAFourByteSequenceAtItsOwnColumn() {
        byte[] bytes = insertBefore("上海市", "😀".getBytes(StandardCharsets.UTF_8)[0], (byte) '!');
        CatalogJsonException e = failsWith(() -> CatalogJson.read(bytes), "read:encoding", null);
        assertAt(e, 4, lineColumnOf(MINIMAL, "上海市")[1]);
    }

    @Test
    void countsACharacterOutsideTheBmpAsTwoColumnsLikeTheParserDoes() {
        byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = insertBefore("上海市", emoji[0], emoji[1], emoji[2], emoji[3], (byte) 0xFF);
        CatalogJsonException e = failsWith(() -> CatalogJson.read(bytes), "read:encoding", null);
        assertAt(e, 4, lineColumnOf(MINIMAL, "上海市")[1] + 2);
    }

    @Test
    void readsADocumentThatStartsWithAByteOrderMarkFromBytesStreamsAndFiles(@TempDir Path dir) throws Exception {
        byte[] plain = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        System.arraycopy(BOM, 0, withBom, 0, 3);
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        Catalog expected = CatalogJson.read(plain);

        assertEquals(expected, CatalogJson.read(withBom));
        assertEquals(expected, CatalogJson.read(new ByteArrayInputStream(withBom)));
        Path file = dir.resolve("bom.json");
        Files.write(file, withBom);
        assertEquals(expected, CatalogJson.read(file));
        assertTrue(JsonText.decode(withBom).hadBom());
        assertFalse(JsonText.decode(plain).hadBom());
    }

    @Test
    void locationsInADocumentWithAByteOrderMarkCountFromTheFirstCharacterAfterIt() {
        byte[] plain = Documents.minimalWith("\"DRAFT\"", "\"draft\"").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        System.arraycopy(BOM, 0, withBom, 0, 3);
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        CatalogJsonException e = failsWith(() -> CatalogJson.read(withBom), "model:code", "/status");
        assertAt(e, 9, 13);
    }

    @Test
    void neverWritesAByteOrderMark() {
        byte[] written = CatalogJson.writeBytes(CatalogJson.readString(MINIMAL));
        assertEquals('{', written[0]);
        assertEquals('\n', written[written.length - 1]);
    }

    @Test
    void writesChineseTextAsUtf8NotAsEscapes() {
        String written = new String(CatalogJson.writeBytes(CatalogJson.readString(MINIMAL)), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"zh\": \"上海市集成电路产业急需紧缺人才目录\""), written);
    }

    @Test
    void aStringThatStartsWithAByteOrderMarkReadsLikeTheSameBytes() {
        String withMark = "\uFEFF" + MINIMAL;
        assertEquals(CatalogJson.readString(MINIMAL), CatalogJson.readString(withMark));
        assertEquals(CatalogJson.read(withMark.getBytes(StandardCharsets.UTF_8)), CatalogJson.readString(withMark));
        CatalogJsonException e = failsWith(
                () -> CatalogJson.readString("\uFEFF" + Documents.minimalWith("\"DRAFT\"", "\"draft\"")), "model:code", "/status");
        assertAt(e, 9, 13);
    }
}
