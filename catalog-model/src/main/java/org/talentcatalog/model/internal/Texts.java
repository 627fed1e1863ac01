package org.talentcatalog.model.internal;

/**
 * Text predicates shared by the constraints, the rules and the readers, with docs/format.md's definition
 * of white space: ASCII white space, U+00A0 and U+3000 (ideographic space).
 */
public final class Texts {

    private Texts() {
    }

    /** Whether {@code c} is white space in the sense of docs/format.md. */
    public static boolean isFormatSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B
                || c == 0x00A0 || c == 0x3000;
    }

    /** Whether {@code s} contains at least one character that is not white space. */
    public static boolean isNonBlank(CharSequence s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isFormatSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without leading and trailing white space (docs/format.md's definition). */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isFormatSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isFormatSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The length of {@code s} in Unicode code points, as JSON Schema counts it. */
    public static int codePointLength(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    /**
     * The index of the first UTF-16 surrogate in {@code s} that is not half of a pair, or -1. Such a
     * code unit is no character: a JSON escape {@code \u005CuD800} or an XLSX {@code _xD800_} escape
     * can make one, and a writer would merge it with its neighbour.
     */
    public static int loneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The hexadecimal code of the UTF-16 unit at {@code i}, e.g. {@code D800}. */
    public static String hex(CharSequence s, int i) {
        return String.format(java.util.Locale.ROOT, "%04X", (int) s.charAt(i));
    }
}
