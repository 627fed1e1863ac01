package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The strict reader of {@link TextEncoding#reader(InputStream, Charset)} whatever the sizes of the
 * reads asked for and of the blocks the stream gives: the text comes out whole, a read of n &gt; 0
 * characters returns at least one, and a byte that does not decode is reported after every character
 * before it.
 */
class DecodingReaderProperties {

    /** A stream that gives at most {@code step} bytes a read, as a pipe or a socket may. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> chars = Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars().range('\u4e00', '\u9fa5'))
                .map(String::valueOf);
        Arbitrary<String> emoji = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, chars), net.jqwik.api.Tuple.of(1, emoji),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\uFEFF"))).list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, TextEncoding.GB18030);
    }

    /** Reads everything, the read sizes (one of them positive) taken in turn; checks each read's count on the way. */
    private static String readAll(Reader r, List<Integer> sizes) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[70_000];
        for (int k = 0; ; k++) {
            int size = sizes.get(k % sizes.size());
            int offset = k % 3;
            int n = r.read(buffer, offset, size);
            if (size == 0) {
                assertEquals(0, n, "a read of nothing returns 0");
                continue;
            }
            if (n < 0) {
                assertEquals(-1, r.read(buffer, 0, 10), "the end stays the end");
                return out.toString();
            }
            assertTrue(n >= 1 && n <= size, "read " + n + " of " + size);
            out.append(buffer, offset, n);
        }
    }

    @Property(tries = 300)
    void theTextComesOutWholeWhateverTheReadAndBlockSizes(@ForAll("text") String text, @ForAll("charsets") Charset charset,
            @ForAll boolean bom, @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 7) Integer> sizes,
            @ForAll @IntRange(min = 1, max = 9) int step) throws IOException {
        sizes = sizes.stream().anyMatch(s -> s > 0) ? sizes : List.of(1);
        byte[] bytes = TextEncodingTest.bytes(text, charset, bom);
        String expected = !bom && text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (Reader r = TextEncoding.reader(trickle(bytes, step), charset)) {
            assertEquals(expected, readAll(r, sizes));
        }
    }

    @Property(tries = 300)
    void aByteThatDoesNotDecodeComesAfterEveryCharacterBeforeIt(@ForAll("text") String good, @ForAll("charsets") Charset charset,
            @ForAll @IntRange(min = 1, max = 70_000) int size, @ForAll @IntRange(min = 1, max = 9) int step) throws IOException {
        byte[] prefix = ("a" + good).getBytes(charset);
        byte[] bytes = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xFF;
        bytes[prefix.length + 1] = 'z';
        StringBuilder before = new StringBuilder();
        try (Reader r = TextEncoding.reader(trickle(bytes, step), charset)) {
            char[] buffer = new char[size];
            assertThrows(CharacterCodingException.class, () -> {
                for (int n; (n = r.read(buffer, 0, size)) >= 0;) {
                    assertTrue(n > 0, "a read at the bad byte reports it instead of returning nothing");
                    before.append(buffer, 0, n);
                }
            });
        }
        assertEquals("a" + good, before.toString());
    }

    @Example
    void readOneAtATimeTheCharacterJustBeforeABadByteIsNotLost() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xFF, 'z'};
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, TextEncoding.GB18030}) {
            try (Reader r = TextEncoding.reader(new ByteArrayInputStream(bytes), charset)) {
                assertEquals('a', r.read());
                assertEquals('b', r.read(), "decoded together with a before the bad byte was seen");
                assertThrows(CharacterCodingException.class, r::read);
            }
        }
    }

    @Example
    void aByteOrderMarkAloneIsAnEmptyTextReadOneCharacterAtATime() throws IOException {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, TextEncoding.GB18030}) {
            try (Reader r = TextEncoding.reader(new ByteArrayInputStream("\uFEFF".getBytes(charset)), charset)) {
                assertEquals(-1, r.read());
            }
            try (Reader r = TextEncoding.reader(new ByteArrayInputStream("\uFEFF😀".getBytes(charset)), charset)) {
                assertEquals(0xD83D, r.read(), "the high half of the pair first");
                assertEquals(0xDE00, r.read(), "then the low half");
                assertEquals(-1, r.read());
            }
        }
    }

    @Example
    void closingTheReaderClosesTheStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[] {'a'}) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        TextEncoding.reader(in, StandardCharsets.UTF_8).close();
        assertTrue(closed[0]);
    }
}
