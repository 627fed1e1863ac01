package org.talentcatalog.tabular.internal;

/**
 * The known column an unknown header most likely means: one of whose accepted names it contains or
 * is contained in (two characters at least), or from which it is a few edits away (a typing slip,
 * two characters swapped, one missing); {@code null} when none is close, so a header such as
 * {@code 备注} gets the advice to name an extension instead. Stateless.
 */
public final class HeaderSuggestions {

    /** Headers longer than this (a sentence in the header row) are compared with nothing. */
    private static final int MAX_LENGTH = 64;

    private HeaderSuggestions() {
    }

    /** The column closest to the header, or {@code null} when none is close. */
    public static Column closest(String header) {
        String key = Normal.key(header);
        String[] split = HeaderUnits.split(key);
        if (split != null) {
            key = split[0]; // 学历要求（年）: the name is what is compared
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            return null;
        }
        Column best = null;
        double bestScore = Double.MAX_VALUE;
        for (Column c : Columns.known()) {
            for (String name : names(c)) {
                double score = distance(key, Normal.key(name));
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        return bestScore <= 1.0 ? best : null;
    }

    private static java.util.List<String> names(Column c) {
        java.util.List<String> names = new java.util.ArrayList<>(c.aliases());
        names.add(0, c.en());
        names.add(0, c.zh());
        return names;
    }

    /**
     * How far a header is from a name, relative to what counts as close (at most 1.0): containment
     * scores by the length left over, edits by their number against a third of the longer word.
     */
    static double distance(String header, String name) {
        int shorter = Math.min(header.length(), name.length());
        int longer = Math.max(header.length(), name.length());
        String inner = header.length() <= name.length() ? header : name;
        boolean ascii = inner.chars().allMatch(ch -> ch < 128);
        if (shorter >= (ascii ? 4 : 2) && (header.contains(name) || name.contains(header))) {
            return 0.5 * (longer - shorter) / longer;
        }
        if (longer < 3) {
            return Double.MAX_VALUE;
        }
        int allowed = Math.max(1, longer / 3);
        int edits = edits(header, name, allowed);
        return edits > allowed ? Double.MAX_VALUE : 0.5 + 0.5 * edits / allowed;
    }

    /** Optimal string alignment distance (edits, swaps of neighbours counted once), capped at {@code cap + 1}. */
    static int edits(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], cap + 1);
    }
}
