package org.talentcatalog.model.internal.diff;

import java.util.HashMap;
import java.util.Map;

/** Sørensen–Dice similarity of character bigrams (code points), the rename evidence on names. */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** A name trimmed of ASCII white space, U+00A0 and U+3000 (FORMAT.md's blank), or "" for {@code null}. */
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
        if (a.equals(b)) {
            return 1.0;
        }
        int[] ca = a.codePoints().toArray();
        int[] cb = b.codePoints().toArray();
        if (ca.length < 2 || cb.length < 2) {
            return 0.0;
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < ca.length; i++) {
            counts.merge(bigram(ca, i), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < cb.length; i++) {
            Integer left = counts.get(bigram(cb, i));
            if (left != null && left > 0) {
                common++;
                counts.put(bigram(cb, i), left - 1);
            }
        }
        return 2.0 * common / ((ca.length - 1) + (cb.length - 1));
    }

    private static long bigram(int[] cps, int i) {
        return ((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL);
    }
}
