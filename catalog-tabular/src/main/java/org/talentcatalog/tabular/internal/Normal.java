package org.talentcatalog.tabular.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation for matching headers and vocabulary words: tolerant of spaces, width and case. */
public final class Normal {

    private Normal() {
    }

    /**
     * The key a header or word is matched by: NFKC (full-width letters, digits and brackets become
     * ASCII), without any white space (ASCII, U+00A0, U+3000), without {@code *} required-markers,
     * lower case.
     */
    public static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
