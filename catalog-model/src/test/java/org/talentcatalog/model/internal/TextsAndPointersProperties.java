package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Texts' white space, trimming and lone surrogates, and JSON Pointer tokens, against simple reference definitions. */
class TextsAndPointersProperties {

    /** docs/format.md's white space, listed. */
    private static final Set<Integer> SPACES = Set.of((int) ' ', (int) '\t', (int) '\n', (int) '\r', (int) '\f', 0x0B, 0x00A0, 0x3000);

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(" ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u3000", "\u2003", "a", "集", "\uD800", "\uDC00",
                "\uD83D\uDE00", "~", "/", "0", "1", "_").list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    private static String referenceTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && SPACES.contains((int) s.charAt(start))) {
            start++;
        }
        while (end > start && SPACES.contains((int) s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The index of the first code point that is a surrogate: one that is not half of a pair. */
    private static int referenceLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    @Property(tries = 500)
    void trimmingAndBlanknessFollowTheFormatsWhiteSpace(@ForAll("texts") String s) {
        assertEquals(referenceTrim(s), Texts.trim(s));
        assertEquals(!referenceTrim(s).isEmpty(), Texts.isNonBlank(s));
        assertEquals(s.codePoints().count(), Texts.codePointLength(s));
    }

    @Property(tries = 500)
    void theFirstLoneSurrogateIsFound(@ForAll("texts") String s) {
        int expected = referenceLoneSurrogate(s);
        assertEquals(expected, Texts.loneSurrogate(s));
        if (expected >= 0) {
            assertEquals(String.format("%04X", (int) s.charAt(expected)), Texts.hex(s, expected));
        }
    }

    @Property(tries = 500)
    void anEscapedTokenHasNoSlashAndUnescapesToItself(@ForAll("texts") String token) {
        String escaped = JsonPointers.escape(token);
        assertFalse(escaped.contains("/"), escaped);
        assertEquals(token, JsonPointers.unescape(escaped));
        assertEquals(token.length() + count(token, '~') + count(token, '/'), escaped.length());
        assertEquals("/a/" + escaped, JsonPointers.child("/a", token));
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Example
    void tokensAreEscapedAndUnescapedInRfc6901Order() {
        assertEquals("a~1b~0c", JsonPointers.escape("a/b~c"));
        assertEquals("~01", JsonPointers.escape("~1"));
        assertEquals("~1", JsonPointers.unescape("~01"));
        assertEquals("a/b~c", JsonPointers.unescape("a~1b~0c"));
        assertEquals("plain", JsonPointers.unescape("plain"));
        assertEquals("/positions/3", JsonPointers.child("/positions", 3));
        assertEquals("/", JsonPointers.child("", ""));
    }

    @Example
    void exactlyTheFormatsWhiteSpaceIsWhiteSpace() {
        for (int c = 0; c <= 0x3100; c++) {
            assertEquals(SPACES.contains(c), Texts.isFormatSpace(c), Integer.toHexString(c));
        }
        assertFalse(Texts.isNonBlank(null));
        assertTrue(Texts.isNonBlank("\u3000集\u3000"));
        assertEquals("", Texts.trim("\u00A0\u3000 "));
    }
}
