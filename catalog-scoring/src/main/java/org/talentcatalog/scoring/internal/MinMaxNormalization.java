package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/**
 * {@code MIN_MAX}: (x − min)/(max − min); NEGATIVE uses (max − x)/(max − min); fewer than 2 positions or
 * all values equal is an error.
 */
public final class MinMaxNormalization extends AbstractMethodProvider<Normalization> implements Normalization {

    /** {@code MIN_MAX}, also its own provider (it has no parameters). */
    public MinMaxNormalization() {
        super(Normalization.class, "MIN_MAX");
    }

    @Override
    public double[] normalize(String indicator, IndicatorDirection direction, double[] column) {
        Columns.requireAtLeast(method(), indicator, column, 2);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : column) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            throw Columns.allEqual(method(), indicator);
        }
        double[] out = new double[column.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = direction == IndicatorDirection.NEGATIVE
                    ? (max - column[i]) / (max - min) : (column[i] - min) / (max - min);
        }
        return out;
    }
}
