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

    /**
     * Sample standard deviation (n − 1), computed on the values scaled by a power of two
     * ({@link #exponent}) and scaled back, so that the squares neither overflow nor underflow.
     */
    public static double sampleSd(double[] x) {
        int e = exponent(x);
        double[] y = scaled(x, e);
        double m = mean(y);
        double s = 0;
        for (double v : y) {
            s += (v - m) * (v - m);
        }
        return Math.scalb(Math.sqrt(s / (x.length - 1)), e);
    }

    /**
     * The binary exponent of the largest magnitude in {@code x} (0 when every value is 0): dividing
     * by 2 to that power brings the values to at most 2 in magnitude, exactly (barring values that
     * become subnormal), so sums of squares neither overflow nor underflow, and a method whose result
     * does not depend on the column's scale gives the same bits as on the unscaled values.
     */
    public static int exponent(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max == 0 ? 0 : Math.getExponent(max);
    }

    /** {@code x} divided by 2 to the power {@code e} (a new array). */
    public static double[] scaled(double[] x, int e) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.scalb(x[i], -e);
        }
        return out;
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

    /**
     * Fails when every score is the same (also for a single position): a classification relative to
     * the other positions is then undefined.
     */
    public static void requireDifferentScores(String method, double[] scores) {
        for (double s : scores) {
            if (s != scores[0]) {
                return;
            }
        }
        throw ScoringException.method("$.classification", Messages.METHOD_SCORES_EQUAL.text(scores.length, method));
    }

    /** The error for a column whose values are all equal. */
    public static ScoringException allEqual(String method, String indicator) {
        return ScoringException.method("$.indicators." + indicator, Messages.METHOD_CONSTANT_INDICATOR.text(indicator, method));
    }
}
