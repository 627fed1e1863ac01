package org.talentcatalog.scoring.internal;

import org.talentcatalog.scoring.ScoringException;

/** Small column statistics shared by the methods. */
public final class Columns {

    private Columns() {
    }

    /** Arithmetic mean. */
    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Sample standard deviation (n − 1). */
    public static double sampleSd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** Column {@code j} of a row-major matrix. */
    public static double[] column(double[][] m, int j) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][j];
        }
        return out;
    }

    /** Average ranks (1-based), ties sharing the mean of their positions. */
    public static double[] averageRanks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] ranks = new double[x.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double r = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = r;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Fails unless the column has at least {@code n} values. */
    public static void requireAtLeast(String method, String indicator, double[] column, int n) {
        if (column.length < n) {
            throw ScoringException.method("$.indicators." + indicator, Messages.METHOD_TOO_FEW_POSITIONS.text(method, n, column.length));
        }
    }

    /** The error for a column whose values are all equal. */
    public static ScoringException allEqual(String method, String indicator) {
        return ScoringException.method("$.indicators." + indicator, Messages.METHOD_CONSTANT_INDICATOR.text(indicator, method));
    }
}
