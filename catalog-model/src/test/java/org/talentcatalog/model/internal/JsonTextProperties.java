package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.CatalogJsonException;

/** Strict UTF-8 decoding of a document: the first bad byte is named at the line and column the JDK's decoder finds it. */
class JsonTextProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "\n", "{", " ", "é", "¢", "\u07FF", "集", "\u0800", "\uD7FF", "\uFFFD", "😀", "𠮷", "\uDBFF\uDFFF").list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    /** Bytes that often break UTF-8: stray continuations, lead bytes of every length, overlong and surrogate leads. */
    @Provide
    Arbitrary<byte[]> damage() {
        return Arbitraries.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xC2}, new byte[] {(byte) 0xDF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE0, (byte) 0xA0}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xEF},
                new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x90, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
                new byte[] {(byte) 0xF5}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE4, (byte) 0xB8});
    }

    @Property(tries = 1000)
    void theFirstBadByteIsWhereTheJdkStops(@ForAll("texts") String before, @ForAll("damage") byte[] bad, @ForAll("texts") String after,
            @ForAll boolean bom, @ForAll @IntRange(min = 0, max = 2) int cut) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        int tailLength = Math.max(0, tail.length - cut); // sometimes the input ends inside the damage
        int start = bom ? 3 : 0;
        byte[] bytes = new byte[start + head.length + bad.length + tailLength];
        if (bom) {
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
        }
        System.arraycopy(head, 0, bytes, start, head.length);
        System.arraycopy(bad, 0, bytes, start + head.length, bad.length);
        System.arraycopy(tail, 0, bytes, start + head.length + bad.length, tailLength);

        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (!result.isError()) {
            JsonText text = JsonText.decode(bytes);
            assertEquals(out.toString(), text.text());
            assertEquals(bom, text.hadBom());
            return;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        int offset = in.position();
        CatalogJsonException e = assertThrows(CatalogJsonException.class, () -> JsonText.decode(bytes));
        assertEquals("read:encoding", e.issue().rule());
        assertEquals(line + ":" + column, e.issue().line() + ":" + e.issue().column());
        assertEquals(String.format("not valid UTF-8: byte 0x%02X", bytes[offset] & 0xFF), e.issue().message(Locale.ENGLISH));
    }
}
