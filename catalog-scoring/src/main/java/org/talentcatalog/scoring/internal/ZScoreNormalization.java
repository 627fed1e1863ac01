package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/** {@code Z_SCORE}: (x − mean)/s with the sample sd (n − 1); NEGATIVE multiplies by −1. */
public final class ZScoreNormalization extends AbstractMethodProvider<Normalization> implements Normalization {

    /** {@code Z_SCORE}, also its own provider (it has no parameters). */
    public ZScoreNormalization() {
        super(Normalization.class, "Z_SCORE");
    }

    @Override
    public double[] normalize(String indicator, IndicatorDirection direction, double[] column) {
        Columns.requireAtLeast(method(), indicator, column, 2);
        double[] x = Columns.scaled(column, Columns.exponent(column));
        double mean = Columns.mean(x);
        double sd = Columns.sampleSd(x);
        if (!(sd > 0)) {
            throw Columns.allEqual(method(), indicator);
        }
        double sign = direction == IndicatorDirection.NEGATIVE ? -1 : 1;
        double[] out = new double[column.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sign * (x[i] - mean) / sd;
        }
        return out;
    }
}
