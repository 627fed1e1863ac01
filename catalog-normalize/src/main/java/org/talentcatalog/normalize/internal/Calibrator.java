package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The confidence model: a logistic regression that estimates, from a title's ranking, how likely its
 * first code is right (features: the first score, its lead, its square, how many views agree, each
 * view's support, agreement with identical labelled titles, the title's length, and the 大类 and 中类
 * classifiers' posteriors for the first code's groups), with the threshold
 * above which an answer is HIGH chosen on the fitting data so that HIGH answers are right at least
 * {@link #PRECISION} of the time there. Fitted on held-out codings only (cross-validation), never on
 * titles the engine learned from. Immutable; thread-safe.
 *
 * @param weights one weight per feature, the first the intercept
 * @param high the threshold of the linear score for HIGH
 */
public record Calibrator(double[] weights, double high) {

    /**
     * The precision the HIGH threshold is chosen for on the fitting data: a quarter of a point above the promised
     * 90%, because the lowest threshold that reaches a precision on one sample of codings reaches a little
     * less on another.
     */
    public static final double PRECISION = 0.9025;

    /** How many features (and weights) there are, the intercept included. */
    public static final int FEATURES = 15;

    /** The features of a ranking of a cleaned title (a new array). */
    public static double[] features(Ranking r, String cleaned) {
        double[] s = r.scores();
        double first = s.length > 0 ? s[0] : 0;
        double lead = first - (s.length > 1 ? s[1] : 0);
        double[] u = r.support();
        int a = r.agreement();
        return new double[] {1, first, lead, first * first, a == 3 ? 1 : 0, a == 2 ? 1 : 0, a == 1 ? 1 : 0,
            u[0], u[1], u[2], u[3], u[3] > 0 ? 1 : 0, Math.log1p(cleaned.length()), u[4], u[5]};
    }

    /** The linear score of a ranking: the log-odds that its first code is right. */
    public double score(Ranking r, String cleaned) {
        double[] x = features(r, cleaned);
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    /** Whether a ranking's first code is trusted (HIGH). */
    public boolean high(Ranking r, String cleaned) {
        return r.codes().length > 0 && score(r, cleaned) >= high;
    }

    /**
     * Fits the model by gradient descent on the log-loss, then sets the threshold.
     *
     * @param features each held-out coding's {@link #features}
     * @param right whether its first code was right
     */
    public static Calibrator fit(List<double[]> features, boolean[] right) {
        int n = features.size();
        int d = FEATURES;
        double[] w = new double[d];
        double[] g = new double[d];
        for (int it = 0; it < 1500 && n > 0; it++) {
            Arrays.fill(g, 0);
            for (int k = 0; k < n; k++) {
                double[] x = features.get(k);
                double z = 0;
                for (int i = 0; i < d; i++) {
                    z += w[i] * x[i];
                }
                double err = 1 / (1 + StrictMath.exp(-z)) - (right[k] ? 1 : 0);
                for (int i = 0; i < d; i++) {
                    g[i] += err * x[i];
                }
            }
            for (int i = 0; i < d; i++) {
                w[i] -= 1.0 * g[i] / n;
            }
        }
        Calibrator unset = new Calibrator(w, Double.POSITIVE_INFINITY);
        List<double[]> scored = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double z = 0;
            for (int i = 0; i < d; i++) {
                z += w[i] * features.get(k)[i];
            }
            scored.add(new double[] {z, right[k] ? 1 : 0});
        }
        scored.sort((p, q) -> Double.compare(q[0], p[0]));
        double threshold = Double.POSITIVE_INFINITY;
        int ok = 0;
        for (int i = 0; i < scored.size(); i++) {
            ok += (int) scored.get(i)[1];
            if (ok >= PRECISION * (i + 1) && (i + 1 == scored.size() || scored.get(i + 1)[0] < scored.get(i)[0])) {
                threshold = scored.get(i)[0];
            }
        }
        return new Calibrator(unset.weights(), threshold);
    }
}
