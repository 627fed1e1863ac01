package org.talentcatalog.scoring.internal;

import java.util.List;
import org.talentcatalog.scoring.AggregateScores;
import org.talentcatalog.scoring.Aggregation;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/**
 * {@code TOPSIS} (逼近理想解排序法, Hwang &amp; Yoon 1981) on vᵢⱼ = wⱼxᵢⱼ: ideal = column maximum,
 * anti-ideal = column minimum (directions are already turned by normalisation); score
 * D⁻/(D⁺ + D⁻). Contributions split the score in proportion to each indicator's squared distance
 * from the anti-ideal, (vᵢⱼ − vⱼ⁻)²/(D⁻)² (by weight when D⁻ = 0, where the score is 0 anyway).
 */
public final class TopsisAggregation extends AbstractMethodProvider<Aggregation> implements Aggregation {

    /** {@code TOPSIS}, also its own provider (it has no parameters). */
    public TopsisAggregation() {
        super(Aggregation.class, "TOPSIS");
    }

    @Override
    public AggregateScores aggregate(double[][] x, double[] w, List<String> indicators, List<String> positions) {
        int m = x.length;
        int n = w.length;
        double[] best = new double[n];
        double[] worst = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(worst, Double.POSITIVE_INFINITY);
        double[][] v = new double[m][n];
        double largest = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = w[j] * x[i][j];
                largest = Math.max(largest, Math.abs(v[i][j]));
            }
        }
        // distances on the matrix scaled by a power of two (the closeness does not depend on it), so
        // that the squares neither overflow nor underflow
        int e = largest == 0 ? 0 : Math.getExponent(largest);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = Math.scalb(v[i][j], -e);
                best[j] = Math.max(best[j], v[i][j]);
                worst[j] = Math.min(worst[j], v[i][j]);
            }
        }
        double[] scores = new double[m];
        double[][] contributions = new double[m][n];
        for (int i = 0; i < m; i++) {
            double plus = 0;
            double minus = 0;
            for (int j = 0; j < n; j++) {
                plus += (v[i][j] - best[j]) * (v[i][j] - best[j]);
                minus += (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
            }
            double dPlus = Math.sqrt(plus);
            double dMinus = Math.sqrt(minus);
            if (!(dPlus + dMinus > 0)) {
                throw ScoringException.method("$.aggregation", Messages.METHOD_TOPSIS_UNDEFINED.text());
            }
            scores[i] = dMinus / (dPlus + dMinus);
            for (int j = 0; j < n; j++) {
                double d = (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
                contributions[i][j] = minus > 0 ? scores[i] * d / minus : scores[i] * w[j];
            }
        }
        return new AggregateScores(scores, contributions);
    }
}
