package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.model.io.TextEncodingTest.detect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detection rule at its two bounds, and the one-pass reader at the point where it decides. */
class TextEncodingRuleTest {

    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final Charset GB18030 = TextEncoding.GB18030;
    private static final byte INVALID = (byte) 0xFF;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        return b;
    }

    /** The character set the one-pass reader decides on for {@code bytes}. */
    private static Charset decided(byte[] bytes) throws IOException {
        DetectingReader reader = (DetectingReader) TextEncoding.reader(new ByteArrayInputStream(bytes));
        char[] buffer = new char[1 << 16];
        try {
            while (reader.read(buffer, 0, buffer.length) >= 0) {
                // read to the end or to the bytes that do not decode
            }
        } catch (CharacterCodingException e) {
            // decided, and then the bytes did not decode in the chosen set
        }
        return reader.charset();
    }

    private static void assertRule(Charset expected, byte[] bytes, String why) throws IOException {
        assertEquals(expected, detect(bytes), why);
        assertEquals(expected, decided(bytes), why + " (one-pass reader)");
    }

    @Test
    void sixtyFourValidCharactersDecideUtf8AndSixtyThreeDoNot() throws IOException {
        byte[] chinese = "名".getBytes(UTF_8);
        byte[] sixtyThree = concat(ascii(5), repeat(chinese, TextEncoding.DECIDING_CHARACTERS - 1), new byte[] {INVALID});
        byte[] sixtyFour = concat(ascii(5), repeat(chinese, TextEncoding.DECIDING_CHARACTERS), new byte[] {INVALID});
        assertRule(GB18030, sixtyThree, "an invalid byte after 63 characters");
        assertRule(UTF_8, sixtyFour, "an invalid byte after 64 characters");
    }

    @Test
    void onlyTheFirstMebibyteFromTheFirstNonAsciiByteDecides() throws IOException {
        byte[] lead = "名".getBytes(UTF_8);
        int within = TextEncoding.DECIDING_BYTES - lead.length - 1;
        assertRule(GB18030, concat(lead, ascii(within), new byte[] {INVALID}),
                "the invalid byte is the last one the rule reads");
        assertRule(UTF_8, concat(lead, ascii(within + 1), new byte[] {INVALID}),
                "the invalid byte comes after the bytes the rule reads");
        assertRule(UTF_8, concat(ascii(1000), lead, ascii(within + 1), new byte[] {INVALID}),
                "ASCII before the first non-ASCII byte does not count");
        assertRule(GB18030, concat(lead, ascii(within), new byte[] {(byte) 0xE5, INVALID}),
                "a character that the last byte read starts is finished before deciding");
    }

    @Test
    void aCharacterCutByTheEndOfTheInputIsNotUtf8() throws IOException {
        byte[] text = "集成电路".getBytes(UTF_8);
        assertRule(UTF_8, text, "whole characters");
        assertRule(GB18030, Arrays.copyOf(text, text.length - 1), "the last character cut");
    }

    @Test
    void theOnePassReaderSkipsAByteOrderMarkOnlyAtTheStart() throws IOException {
        assertEquals("集成", readAll(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "集成".getBytes(UTF_8)), 3));
        assertEquals("a\uFEFF集成", readAll("a\uFEFF集成".getBytes(UTF_8), 3), "after ASCII a U+FEFF is text");
        assertEquals("集成", readAll(("\uFEFF集成").getBytes(GB18030), 3));
        assertEquals("ab\uFEFF集成", readAll(("ab\uFEFF集成").getBytes(GB18030), 1), "after ASCII a U+FEFF is text");
    }

    @Test
    void readingNoCharactersReadsNothing() throws IOException {
        Reader reader = TextEncoding.reader(new ByteArrayInputStream("ab集".getBytes(UTF_8)));
        char[] buffer = new char[8];
        assertEquals(0, reader.read(buffer, 0, 0));
        assertEquals(2, reader.read(buffer, 0, 8), "ASCII is handed out up to the first other byte");
        assertEquals("ab", new String(buffer, 0, 2));
        assertEquals(0, reader.read(buffer, 0, 0));
        assertEquals(1, reader.read(buffer, 3, 5));
        assertEquals('集', buffer[3]);
        assertEquals(-1, reader.read(buffer, 0, 8));
        assertEquals(-1, reader.read(buffer, 0, 8), "the end stays the end");
    }

    private static String readAll(byte[] bytes, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader r = TextEncoding.reader(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[chunk];
            for (int n; (n = r.read(buffer, 0, chunk)) >= 0;) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static byte[] repeat(byte[] part, int times) {
        byte[] out = new byte[part.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(part, 0, out, i * part.length, part.length);
        }
        return out;
    }

    @Test
    void aFileIsDetectedAndOpenedByTheSameRule(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String text = "编号,名称\n1,集成电路设计工程师\n";
        java.nio.file.Path gb = java.nio.file.Files.write(dir.resolve("gb.csv"), text.getBytes(GB18030));
        java.nio.file.Path utf8 = java.nio.file.Files.write(dir.resolve("utf8.csv"), text.getBytes(UTF_8));
        assertEquals(GB18030, TextEncoding.detect(gb));
        assertEquals(UTF_8, TextEncoding.detect(utf8));
        for (java.nio.file.Path file : List.of(gb, utf8)) {
            StringBuilder out = new StringBuilder();
            try (Reader r = TextEncoding.open(file)) {
                char[] buffer = new char[5];
                for (int n; (n = r.read(buffer, 0, buffer.length)) >= 0;) {
                    out.append(buffer, 0, n);
                }
            }
            assertEquals(text, out.toString(), file.toString());
        }
    }
}
