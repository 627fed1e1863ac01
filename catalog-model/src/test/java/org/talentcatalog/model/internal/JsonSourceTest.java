package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.ReadLimits;

/** A document read as a stream: its size checked first, a byte order mark skipped and remembered, bad bytes located. */
class JsonSourceTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private static String readAll(Reader reader) throws IOException {
        try (reader) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[7];
            for (int n; (n = reader.read(buffer)) >= 0;) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    @Test
    void bytesAreReadWithoutTheirByteOrderMarkWhichIsRemembered() throws IOException {
        JsonSource plain = JsonSource.of("{\"id\": \"集成\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"id\": \"集成\"}", readAll(plain.open(LIMITS)));
        assertFalse(plain.hadBom());
        JsonSource marked = JsonSource.of(withBom("{\"id\": \"集成\"}"));
        assertEquals("{\"id\": \"集成\"}", readAll(marked.open(LIMITS)));
        assertTrue(marked.hadBom());
        assertEquals("{\"id\": \"集成\"}", readAll(marked.open(LIMITS)), "a source can be read again");
        assertEquals("{}", readAll(JsonSource.of("{}".getBytes(StandardCharsets.UTF_8)).open(LIMITS)), "shorter than a mark");
        assertEquals("", readAll(JsonSource.of(BOM).open(LIMITS)));
        assertEquals("", readAll(JsonSource.of(new byte[0]).open(LIMITS)), "no bytes at all");
        JsonSource cut = JsonSource.of(new byte[] {(byte) 0xEF, (byte) 0xBB});
        assertThrows(CharacterCodingException.class, () -> readAll(cut.open(LIMITS)), "two bytes of a mark and the end");
        byte[] almost = {(byte) 0xEF, (byte) 0xBB, '{', '}'};
        JsonSource notAMark = JsonSource.of(almost);
        assertThrows(CharacterCodingException.class, () -> readAll(notAMark.open(LIMITS)), "two bytes of a mark are bad bytes");
        assertFalse(notAMark.hadBom());
    }

    @Test
    void aFileIsReadLikeItsBytes() throws IOException {
        Path file = Files.write(dir.resolve("c.json"), withBom("[1,\n2]"));
        JsonSource source = JsonSource.of(file);
        assertEquals("[1,\n2]", readAll(source.open(LIMITS)));
        assertTrue(source.hadBom());
    }

    @Test
    void textHasNoBytesButMaySayItHadAMark() throws IOException {
        JsonSource text = JsonSource.of("\uFEFF[\"集\"]");
        assertEquals("[\"集\"]", readAll(text.open(LIMITS)));
        assertTrue(text.hadBom());
        JsonSource plain = JsonSource.of("[]");
        assertEquals("[]", readAll(plain.open(LIMITS)));
        assertFalse(plain.hadBom());
        assertNull(plain.encodingProblem(), "text is never badly encoded");
    }

    @Test
    void aBadByteIsFoundAgainWithItsLineAndCharacterColumn() throws IOException {
        byte[] good = "{\n  \"名称\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = '"';
        for (JsonSource source : new JsonSource[] {JsonSource.of(bytes), JsonSource.of(Files.write(dir.resolve("bad.json"), bytes))}) {
            assertThrows(CharacterCodingException.class, () -> readAll(source.open(LIMITS)));
            CatalogJsonException e = source.encodingProblem();
            assertEquals("read:encoding", e.issue().rule());
            assertEquals(2, e.issue().line());
            assertEquals(10, e.issue().column(), "  \"名称\": \" is 9 characters");
            assertEquals("not valid UTF-8: byte 0xC3", e.issue().message(Locale.ENGLISH));
        }
        byte[] marked = withBom("\u00e9");
        marked[marked.length - 1] = '!';
        CatalogJsonException afterMark = JsonSource.of(marked).encodingProblem();
        assertEquals("1:1", afterMark.issue().line() + ":" + afterMark.issue().column(), "the mark takes no column");
    }

    @Test
    void aSourceLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        ReadLimits small = LIMITS.withMaxDocumentBytes(4);
        assertEquals("{}  ", readAll(JsonSource.of("{}  ".getBytes(StandardCharsets.UTF_8)).open(small)), "exactly the limit");
        CatalogJsonException e = assertThrows(CatalogJsonException.class,
                () -> JsonSource.of("{}   ".getBytes(StandardCharsets.UTF_8)).open(small));
        assertEquals("read:limit", e.issue().rule());
        assertTrue(e.issue().unreadable());
        assertEquals("document too large: 5 bytes, the limit is 4", e.issue().message(Locale.ENGLISH));
        Path file = Files.writeString(dir.resolve("big.json"), "[1, 2]");
        assertEquals("document too large: 6 bytes, the limit is 4",
                assertThrows(CatalogJsonException.class, () -> JsonSource.of(file).open(small)).issue().message(Locale.ENGLISH));
        assertEquals("[1, 2]", readAll(JsonSource.of(file).open(LIMITS.withMaxDocumentBytes(6))));
    }

    @Test
    void aFileThatCannotBeReadIsUnreadableWithItsName() throws IOException {
        Path missing = dir.resolve("missing.json");
        CatalogJsonException none = assertThrows(CatalogJsonException.class, () -> JsonSource.of(missing).open(LIMITS));
        assertEquals("read:io", none.issue().rule());
        assertTrue(none.issue().unreadable());
        assertEquals("no such file: " + missing, none.issue().message(Locale.ENGLISH));
        CatalogJsonException folder = assertThrows(CatalogJsonException.class, () -> JsonSource.of(dir).open(LIMITS));
        assertEquals("is a directory, not a file: " + dir, folder.issue().message(Locale.ENGLISH));
        assertEquals("read:io", folder.issue().rule());
    }
}
