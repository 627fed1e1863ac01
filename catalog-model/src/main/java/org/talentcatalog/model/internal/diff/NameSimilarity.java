package org.talentcatalog.model.internal.diff;

import java.util.Arrays;

/** Sørensen–Dice similarity of character bigrams (code points), the rename evidence on names. */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** A name trimmed of ASCII white space, U+00A0 and U+3000 (docs/format.md's blank), or "" for {@code null}. */
    public static String trim(String name) {
        if (name == null) {
            return "";
        }
        int start = 0;
        int end = name.length();
        while (start < end && isBlank(name.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x00A0 || c == 0x3000;
    }

    /**
     * 2·|common bigrams| / (|bigrams of a| + |bigrams of b|), counting repeated bigrams as often as
     * they occur; 1 for equal strings, 0 when either has no bigram and they differ. Symmetric.
     */
    public static double dice(String a, String b) {
        return a.equals(b) ? 1.0 : dice(bigrams(a), bigrams(b));
    }

    /**
     * The character bigrams (code points) of a string, sorted, repeated ones as often as they occur:
     * computed once per name, so that {@link #dice(long[], long[])} compares two names without
     * allocating.
     */
    public static long[] bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length < 2) {
            return new long[0];
        }
        long[] out = new long[cps.length - 1];
        for (int i = 0; i + 1 < cps.length; i++) {
            out[i] = ((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL);
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * The Dice coefficient of two names given by their {@link #bigrams} (of different strings: equal
     * strings are 1 by definition, whatever their length): the size of the multiset intersection,
     * doubled, over the total; 0 when either has no bigram.
     */
    public static double dice(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    /** The largest Dice coefficient two names with these numbers of bigrams can have. */
    public static double diceBound(int a, int b) {
        return a + b == 0 ? 0.0 : 2.0 * Math.min(a, b) / (a + b);
    }
}
