package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.Classes;
import org.talentcatalog.scoring.Classification;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * {@code JENKS}: Fisher's (1958) exact dynamic programme minimising the total within-class sum of
 * squared deviations of the sorted scores into k contiguous classes, O(k·n²). Breaks are the minimum
 * followed by each class's maximum. A score belongs to the first class whose upper bound it does not
 * exceed. The top class is VERY_SCARCE, then SCARCE, then GENERALLY_SCARCE; with k = 4 the lowest
 * class is not listed.
 */
public final class JenksClassification implements Classification {

    private final int k;

    /** @param classes 3 or 4 */
    public JenksClassification(int classes) {
        if (classes != 3 && classes != 4) {
            throw ScoringException.config("$.classification.classes", Messages.CONFIG_JENKS_CLASSES.text(classes));
        }
        this.k = classes;
    }

    @Override
    public String method() {
        return "JENKS";
    }

    @Override
    public Classes classify(double[] scores) {
        if (scores.length >= k) {
            Columns.requireDifferentScores(method(), scores);
        }
        List<Double> breaks = breaks(scores, k);
        ShortageLevel[] levels = ShortageLevel.values();
        List<@Nullable ShortageLevel> out = new ArrayList<>();
        for (double s : scores) {
            int c = 0;
            while (c < k - 1 && s > breaks.get(c + 1)) {
                c++;
            }
            int fromTop = k - 1 - c;
            out.add(fromTop < 3 ? levels[fromTop] : null);
        }
        return new Classes(out, breaks);
    }

    /**
     * The Fisher–Jenks breaks.
     *
     * @param values the data (not modified)
     * @param k the number of classes
     * @return k + 1 numbers: minimum, then each class's maximum
     * @throws ScoringException when there are fewer values than classes
     */
    public static List<Double> breaks(double[] values, int k) {
        int n = values.length;
        if (n < k) {
            throw ScoringException.method("$.classification.classes", Messages.METHOD_JENKS_POSITIONS.text(n, k));
        }
        double[] x = values.clone();
        Arrays.sort(x);
        // the sums of squares on the values scaled by a power of two (the optimum does not depend on
        // it), so that they neither overflow nor underflow
        double[] y = Columns.scaled(x, Columns.exponent(x));
        double[] sum = new double[n + 1];
        double[] sq = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + y[i];
            sq[i + 1] = sq[i] + y[i] * y[i];
        }
        // cost[c][j]: best SSD of x[0..j-1] in c+1 classes; from[c][j]: start of the last class.
        double[][] cost = new double[k][n + 1];
        int[][] from = new int[k][n + 1];
        for (int j = 1; j <= n; j++) {
            cost[0][j] = ssd(sum, sq, 0, j);
        }
        for (int c = 1; c < k; c++) {
            for (int j = c + 1; j <= n; j++) {
                double best = Double.POSITIVE_INFINITY;
                int arg = c;
                for (int i = c; i < j; i++) {
                    double v = cost[c - 1][i] + ssd(sum, sq, i, j);
                    if (v < best) {
                        best = v;
                        arg = i;
                    }
                }
                cost[c][j] = best;
                from[c][j] = arg;
            }
        }
        double[] upper = new double[k];
        int end = n;
        for (int c = k - 1; c >= 0; c--) {
            upper[c] = x[end - 1];
            end = c == 0 ? 0 : from[c][end];
        }
        List<Double> out = new ArrayList<>();
        out.add(x[0]);
        for (double u : upper) {
            out.add(u);
        }
        return out;
    }

    /** Sum of squared deviations of x[from..to-1], clamped at 0 against rounding. */
    private static double ssd(double[] sum, double[] sq, int from, int to) {
        double s = sum[to] - sum[from];
        double q = sq[to] - sq[from];
        return Math.max(0, q - s * s / (to - from));
    }

    /** Registers {@code JENKS}: {@code classes}, 3 (the default) or 4. */
    public static final class Provider extends AbstractMethodProvider<Classification> {

        /** The provider of {@code JENKS}. */
        public Provider() {
            super(Classification.class, "JENKS");
        }

        @Override
        public Classification create(MethodConfig config) {
            config.declare("classes");
            return new JenksClassification(config.integer("classes", 3, 1));
        }
    }
}
