package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/**
 * {@code RANK}: percentile rank (rank − 1)/(n − 1) with average ranks for ties, ranks ascending for
 * POSITIVE; a NEGATIVE indicator ranks descending, i.e. 1 − the ascending value.
 */
public final class RankNormalization extends AbstractMethodProvider<Normalization> implements Normalization {

    /** {@code RANK}, also its own provider (it has no parameters). */
    public RankNormalization() {
        super(Normalization.class, "RANK");
    }

    @Override
    public double[] normalize(String indicator, IndicatorDirection direction, double[] column) {
        Columns.requireAtLeast(method(), indicator, column, 2);
        double[] ranks = Columns.averageRanks(column);
        double[] out = new double[column.length];
        for (int i = 0; i < out.length; i++) {
            double p = (ranks[i] - 1) / (column.length - 1);
            out[i] = direction == IndicatorDirection.NEGATIVE ? 1 - p : p;
        }
        return out;
    }
}
