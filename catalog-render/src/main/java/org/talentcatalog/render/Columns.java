package org.talentcatalog.render;

/**
 * Display width in a terminal, for text tables that line up with Chinese text: East Asian wide and
 * full-width characters take two columns.
 */
public final class Columns {

    private Columns() {
    }

    /** The number of terminal columns {@code s} takes. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} followed by spaces up to {@code width} columns; never truncated. */
    public static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }

    /** Spaces up to {@code width} columns followed by {@code s}; never truncated. */
    public static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - width(s))) + s;
    }

    /** CJK, Hangul, full-width forms and ideographic punctuation (UAX #11 wide and full-width; ambiguous characters such as ★ count as narrow, as most terminals show them). */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE10 && cp <= 0xFE19
                || cp >= 0xFE30 && cp <= 0xFE6B
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
