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
}
