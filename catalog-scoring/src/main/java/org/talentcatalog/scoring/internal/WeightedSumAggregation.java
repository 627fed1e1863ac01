package org.talentcatalog.scoring.internal;

import java.util.List;
import org.talentcatalog.scoring.AggregateScores;
import org.talentcatalog.scoring.Aggregation;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/** {@code WEIGHTED_SUM} (线性加权): score Σ wⱼxⱼ; contribution of indicator j is wⱼxⱼ. */
public final class WeightedSumAggregation extends AbstractMethodProvider<Aggregation> implements Aggregation {

    /** {@code WEIGHTED_SUM}, also its own provider (it has no parameters). */
    public WeightedSumAggregation() {
        super(Aggregation.class, "WEIGHTED_SUM");
    }

    @Override
    public AggregateScores aggregate(double[][] x, double[] w, List<String> indicators, List<String> positions) {
        double[] scores = new double[x.length];
        double[][] contributions = new double[x.length][w.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w.length; j++) {
                contributions[i][j] = w[j] * x[i][j];
                scores[i] += contributions[i][j];
            }
        }
        return new AggregateScores(scores, contributions);
    }
}
