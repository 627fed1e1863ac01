package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A title's codes by fused score, with what each view put first (for the confidence rule).
 *
 * @param codes code indexes, best first
 * @param scores their fused scores, shares of the total in [0, 1]
 * @param agreement how many of the three views put the first code first (0–3)
 */
public record Ranking(int[] codes, double[] scores, int agreement) {

    /** No evidence. */
    public static final Ranking EMPTY = new Ranking(new int[0], new double[0], 0);

    static Ranking of(Map<Integer, double[]> votes, int knnTop, int profileTop, int perceptronTop) {
        List<Map.Entry<Integer, double[]>> entries = new ArrayList<>(votes.entrySet());
        double total = 0;
        for (Map.Entry<Integer, double[]> e : entries) {
            total += sum(e.getValue());
        }
        entries.sort(Comparator.<Map.Entry<Integer, double[]>>comparingDouble(e -> -sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        int n = Math.min(entries.size(), 10);
        int[] codes = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            codes[i] = entries.get(i).getKey();
            scores[i] = total > 0 ? sum(entries.get(i).getValue()) / total : 0;
        }
        int agreement = 0;
        if (n > 0) {
            agreement = (knnTop == codes[0] ? 1 : 0) + (profileTop == codes[0] ? 1 : 0) + (perceptronTop == codes[0] ? 1 : 0);
        }
        return new Ranking(codes, scores, agreement);
    }

    private static double sum(double[] v) {
        return v[0] + v[1] + v[2];
    }
}
