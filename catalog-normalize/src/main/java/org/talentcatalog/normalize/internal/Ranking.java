package org.talentcatalog.normalize.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * A title's codes by fused score, with what each view put first (for the confidence rule).
 *
 * @param codes code indexes, best first
 * @param scores their fused scores, shares of the total in [0, 1]
 * @param agreement how many of the three views put the first code first (0–3)
 * @param support the first code's share of each view's votes (nearest titles, profiles, perceptron),
 *     of the labelled titles identical to this one (0 when none is), and the 大类 and 中类
 *     classifiers' posteriors for its groups, for the confidence ({@link #SUPPORT} values)
 */
public record Ranking(int[] codes, double[] scores, int agreement, double[] support) {

    /** The length of {@link #support}. */
    public static final int SUPPORT = 6;

    /** No evidence. */
    public static final Ranking EMPTY = new Ranking(new int[0], new double[0], 0, new double[SUPPORT]);

    static Ranking of(Map<Integer, double[]> votes, int knnTop, int profileTop, int perceptronTop) {
        // The ten best by a bounded insertion (votes hold a few hundred codes; a full sort is waste).
        int limit = 10;
        int[] codes = new int[limit];
        double[] scores = new double[limit];
        int n = 0;
        double total = 0;
        for (Map.Entry<Integer, double[]> e : votes.entrySet()) {
            double v = sum(e.getValue());
            int code = e.getKey();
            total += v;
            if (n == limit && !better(v, code, scores[n - 1], codes[n - 1])) {
                continue;
            }
            int i = n == limit ? n - 1 : n++;
            while (i > 0 && better(v, code, scores[i - 1], codes[i - 1])) {
                scores[i] = scores[i - 1];
                codes[i] = codes[i - 1];
                i--;
            }
            scores[i] = v;
            codes[i] = code;
        }
        codes = Arrays.copyOf(codes, n);
        scores = Arrays.copyOf(scores, n);
        for (int i = 0; i < n; i++) {
            scores[i] = total > 0 ? scores[i] / total : 0;
        }
        int agreement = 0;
        if (n > 0) {
            agreement = (knnTop == codes[0] ? 1 : 0) + (profileTop == codes[0] ? 1 : 0) + (perceptronTop == codes[0] ? 1 : 0);
        }
        return new Ranking(codes, scores, agreement, new double[SUPPORT]);
    }

    /** Higher score first; on equal scores the lower code index. */
    private static boolean better(double v, int code, double other, int otherCode) {
        return v > other || (v == other && code < otherCode);
    }

    private static double sum(double[] v) {
        return v[0] + v[1] + v[2];
    }
}
