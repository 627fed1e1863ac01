package org.talentcatalog.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextEncodingProperties {

    /** Whether the JDK's strict decoder accepts the bytes as UTF-8. */
    private static boolean jdkAcceptsUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Text with ASCII, Chinese, other scripts and characters outside the BMP. */
    @Provide
    Arbitrary<String> text() {
        return text(300);
    }

    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars().range('\u4e00', '\u9fa5'),
                Arbitraries.chars().range('\u00a0', '\u07ff'), Arbitraries.chars().range('\ue000', '\ufffd'));
        Arbitrary<String> emoji = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.oneOf(chars.map(String::valueOf), emoji).list().ofMaxSize(maxLength).map(l -> String.join("", l));
    }

    /** UTF-8 text with, sometimes, one byte replaced: mostly valid, sometimes not. */
    @Provide
    Arbitrary<byte[]> nearlyUtf8() {
        Arbitrary<byte[]> valid = text(30).map(s -> s.getBytes(StandardCharsets.UTF_8)).filter(b -> b.length > 0 && b.length <= 120);
        return valid.flatMap(b -> Arbitraries.integers().between(-1, b.length - 1).flatMap(at ->
                Arbitraries.bytes().map(value -> {
                    byte[] copy = b.clone();
                    if (at >= 0) {
                        copy[at] = value;
                    }
                    return copy;
                })));
    }

    /** Up to 120 bytes hold fewer than 64 non-ASCII characters, so the rule is "all of it is UTF-8". */
    @Property(tries = 1000)
    void shortInputIsUtf8ExactlyWhenTheJdkDecodesIt(@ForAll("nearlyUtf8") byte[] bytes) throws IOException {
        assertEquals(jdkAcceptsUtf8(bytes) ? StandardCharsets.UTF_8 : TextEncoding.GB18030, TextEncodingTest.detect(bytes));
    }

    @Property
    void utf8TextIsDetectedAndReadBackInAnyChunkSize(@ForAll("text") String text, @ForAll boolean bom,
            @ForAll @IntRange(min = 1, max = 70_000) int chunk) throws IOException {
        byte[] bytes = TextEncodingTest.bytes(text, StandardCharsets.UTF_8, bom);
        assertEquals(StandardCharsets.UTF_8, TextEncodingTest.detect(bytes));
        assertEquals(text.startsWith("\uFEFF") && !bom ? text.substring(1) : text,
                TextEncodingTest.read(bytes, StandardCharsets.UTF_8, chunk));
    }

    /** Bytes of text in either character set, with or without a byte order mark, sometimes damaged, after any ASCII prefix. */
    @Provide
    Arbitrary<byte[]> eitherCharacterSet() {
        Arbitrary<String> prefix = Arbitraries.strings().ascii().ofMaxLength(70_000).edgeCases(c -> c.includeOnly(""));
        return net.jqwik.api.Combinators.combine(prefix, text(), Arbitraries.of(StandardCharsets.UTF_8, TextEncoding.GB18030),
                Arbitraries.of(false, true), Arbitraries.integers().between(-1, 200)).as((ascii, text, charset, bom, damage) -> {
                    byte[] bytes = TextEncodingTest.bytes(ascii + text, charset, bom);
                    if (damage >= 0 && damage < bytes.length) {
                        bytes[bytes.length - 1 - damage] = (byte) 0xFF;
                    }
                    return bytes;
                });
    }

    /** What the two-pass way gives: the detected character set, then a strict reader, or the decoding failure. */
    private static String twoPasses(byte[] bytes, int chunk) throws IOException {
        try {
            return TextEncodingTest.read(bytes, TextEncodingTest.detect(bytes), chunk);
        } catch (CharacterCodingException e) {
            return "failed";
        }
    }

    @Property(tries = 300)
    void theOnePassReaderReadsWhatDetectingFirstReads(@ForAll("eitherCharacterSet") byte[] bytes,
            @ForAll @IntRange(min = 1, max = 70_000) int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        String onePass;
        try (java.io.Reader r = TextEncoding.reader(new java.io.ByteArrayInputStream(bytes))) {
            char[] buffer = new char[chunk];
            for (int n; (n = r.read(buffer, 0, chunk)) >= 0;) {
                out.append(buffer, 0, n);
            }
            onePass = out.toString();
        } catch (CharacterCodingException e) {
            onePass = "failed";
        }
        assertEquals(twoPasses(bytes, chunk), onePass);
    }
}
