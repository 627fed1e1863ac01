package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/** {@code VECTOR}: x/‖x‖₂; NEGATIVE uses 1 − x/‖x‖₂ (distances, and so TOPSIS, are unchanged). */
public final class VectorNormalization extends AbstractMethodProvider<Normalization> implements Normalization {

    /** {@code VECTOR}, also its own provider (it has no parameters). */
    public VectorNormalization() {
        super(Normalization.class, "VECTOR");
    }

    @Override
    public double[] normalize(String indicator, IndicatorDirection direction, double[] column) {
        Columns.requireAtLeast(method(), indicator, column, 1);
        double[] x = Columns.scaled(column, Columns.exponent(column));
        double norm = 0;
        for (double v : x) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0)) {
            throw ScoringException.method("$.indicators." + indicator, Messages.METHOD_VECTOR_ZERO.text(indicator));
        }
        double[] out = new double[column.length];
        for (int i = 0; i < out.length; i++) {
            double r = x[i] / norm;
            out[i] = direction == IndicatorDirection.NEGATIVE ? 1 - r : r;
        }
        return out;
    }
}
