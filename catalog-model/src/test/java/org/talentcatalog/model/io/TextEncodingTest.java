package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final Charset GB18030 = TextEncoding.GB18030;
    private static final String ROW = "IC-001,集成电路设计工程师,集成电路,合肥,3\n";

    static byte[] bytes(String text, Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes("\uFEFF".getBytes(charset));
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    static Charset detect(byte[] bytes) throws IOException {
        return TextEncoding.detect(new ByteArrayInputStream(bytes));
    }

    static String read(byte[] bytes, Charset charset, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader r = TextEncoding.reader(new ByteArrayInputStream(bytes), charset)) {
            char[] buffer = new char[chunk];
            for (int n; (n = r.read(buffer, 0, chunk)) >= 0;) {
                out.append(buffer, 0, n);
            }
            assertEquals(-1, r.read(buffer, 0, chunk), "end of input stays the end");
        }
        return out.toString();
    }

    @Test
    void utf8AndGb18030AreToldApartWithOrWithoutByteOrderMark() throws IOException {
        String text = "position_id,position_name,industry,region,vacancies\n" + ROW.repeat(3);
        for (boolean bom : new boolean[] {false, true}) {
            assertEquals(UTF_8, detect(bytes(text, UTF_8, bom)));
            assertEquals(GB18030, detect(bytes(text, GB18030, bom)));
            assertEquals(text, read(bytes(text, UTF_8, bom), UTF_8, 7));
            assertEquals(text, read(bytes(text, GB18030, bom), GB18030, 1 << 16));
        }
    }

    @Test
    void asciiAndEmptyFilesAreUtf8() throws IOException {
        assertEquals(UTF_8, detect(new byte[0]));
        assertEquals(UTF_8, detect("a,b\n1,2\n".getBytes(UTF_8)));
        assertEquals("", read(new byte[0], UTF_8, 4));
        assertEquals("", read(bytes("", GB18030, true), GB18030, 4));
    }

    @Test
    void firstChineseTextAfterALongAsciiPrefixStillDecides() throws IOException {
        String text = "P,1\n".repeat(100_000) + ROW;
        assertEquals(UTF_8, detect(text.getBytes(UTF_8)));
        assertEquals(GB18030, detect(text.getBytes(GB18030)));
        assertEquals(text, read(text.getBytes(GB18030), GB18030, 1000));
    }

    @Test
    void damagedUtf8AfterEnoughCharactersStaysUtf8AndFailsAtTheDamagedByte() throws IOException {
        String good = ROW.repeat(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(good.getBytes(UTF_8));
        out.writeBytes(new byte[] {'x', (byte) 0xC3, '(', 'y'});
        byte[] damaged = out.toByteArray();
        assertEquals(UTF_8, detect(damaged));
        StringBuilder before = new StringBuilder();
        Reader r = TextEncoding.reader(new ByteArrayInputStream(damaged), UTF_8);
        char[] buffer = new char[1 << 16];
        assertThrows(CharacterCodingException.class, () -> {
            for (int n; (n = r.read(buffer, 0, buffer.length)) >= 0;) {
                before.append(buffer, 0, n);
            }
        });
        assertEquals(good + "x", before.toString());
    }

    @Test
    void theOnePassReaderDecidesAfterALongAsciiPrefixAndKeepsALaterFeff() throws IOException {
        String text = "P,1\n".repeat(100_000) + ROW + "\uFEFF";
        StringBuilder out = new StringBuilder();
        try (Reader r = TextEncoding.reader(new ByteArrayInputStream(text.getBytes(GB18030)))) {
            char[] buffer = new char[777];
            for (int n; (n = r.read(buffer, 0, buffer.length)) >= 0;) {
                out.append(buffer, 0, n);
            }
        }
        assertEquals(text, out.toString(), "a U+FEFF that is not at the start is text");
        try (Reader r = TextEncoding.reader(new ByteArrayInputStream(bytes("\uFEFF" + ROW, UTF_8, true)))) {
            char[] buffer = new char[100];
            assertEquals("\uFEFF" + ROW, new String(buffer, 0, r.read(buffer)), "only the first U+FEFF is a byte order mark");
        }
    }

    @Test
    void invalidUtf8BeforeEnoughCharactersIsGb18030() throws IOException {
        byte[] three = "设计工".getBytes(UTF_8);
        byte[] bytes = new byte[three.length + 1];
        System.arraycopy(three, 0, bytes, 0, three.length);
        bytes[three.length] = (byte) 0xFF;
        assertEquals(GB18030, detect(bytes));
        assertEquals(GB18030, detect(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}), "overlong");
        assertEquals(GB18030, detect(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "surrogate");
        assertEquals(GB18030, detect(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), "above U+10FFFF");
        assertEquals(GB18030, detect(new byte[] {'a', (byte) 0xE4, (byte) 0xB8}), "truncated at the end");
        assertEquals(UTF_8, detect(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}), "U+1F600");
    }

    @Test
    void readerIsStrict() {
        byte[] notGb = {'a', (byte) 0x81, '\n'};
        assertThrows(CharacterCodingException.class, () -> read(notGb, GB18030, 16));
    }

    @Test
    void limitsArePositive() {
        assertEquals(32_767, CsvLimits.defaults().maxCellChars());
        assertThrows(IllegalArgumentException.class, () -> new CsvLimits(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new CsvLimits(10, -1));
    }
}
