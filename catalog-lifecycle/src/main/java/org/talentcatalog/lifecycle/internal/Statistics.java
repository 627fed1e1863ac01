package org.talentcatalog.lifecycle.internal;

import java.util.Arrays;

/**
 * The figures of the evaluation and the back-test, each as its reference defines it: the percentile
 * by linear interpolation between order statistics (Hyndman and Fan's type 7, the default of R and
 * NumPy), Cohen's (1968) weighted kappa with quadratic weights, and Spearman's rank correlation as
 * Pearson's correlation of mid-ranks (ties share the mean of their ranks).
 */
public final class Statistics {

    private Statistics() {
    }

    /**
     * The {@code p} quantile of the values (type 7): with the values sorted as x₀ ≤ … ≤ xₙ₋₁ and
     * h = (n − 1)·p, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
     *
     * @param values at least one value (not changed)
     * @param p in [0, 1]
     */
    public static double quantile(double[] values, double p) {
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }

    /**
     * Cohen's weighted kappa with quadratic weights wᵢⱼ = (i − j)², of two ratings of the same items
     * on an ordinal scale of integers: 1 − Σ wᵢⱼ oᵢⱼ / Σ wᵢⱼ eᵢⱼ, where o counts the pairs and
     * eᵢⱼ = (row i total)(column j total)/n. The scale of the weights cancels, so the classes need
     * only be ordered integers.
     *
     * @return the kappa, or NaN when the expected disagreement is 0 (both ratings constant and equal, or no items)
     */
    public static double quadraticKappa(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("ratings of different lengths");
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < a.length; i++) {
            min = Math.min(min, Math.min(a[i], b[i]));
            max = Math.max(max, Math.max(a[i], b[i]));
        }
        if (a.length == 0) {
            return Double.NaN;
        }
        int k = max - min + 1;
        double[][] observed = new double[k][k];
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < a.length; i++) {
            observed[a[i] - min][b[i] - min]++;
            rows[a[i] - min]++;
            cols[b[i] - min]++;
        }
        double o = 0;
        double e = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (double) (i - j) * (i - j);
                o += w * observed[i][j];
                e += w * rows[i] * cols[j] / a.length;
            }
        }
        return e == 0 ? Double.NaN : 1 - o / e;
    }

    /** Spearman's rank correlation of paired values: Pearson's correlation of their mid-ranks; NaN when a side is constant or n &lt; 2. */
    public static double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("values of different lengths");
        }
        return pearson(ranks(x), ranks(y));
    }

    /** The mid-ranks (1-based; ties share the mean of their ranks). */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(values[p], values[q]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = mid;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
