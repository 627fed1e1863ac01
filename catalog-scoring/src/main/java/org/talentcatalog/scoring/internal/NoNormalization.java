package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/** {@code NONE}: raw values; a NEGATIVE indicator is multiplied by −1 so larger is more scarce. */
public final class NoNormalization extends AbstractMethodProvider<Normalization> implements Normalization {

    /** {@code NONE}, also its own provider (it has no parameters). */
    public NoNormalization() {
        super(Normalization.class, "NONE");
    }

    @Override
    public double[] normalize(String indicator, IndicatorDirection direction, double[] column) {
        double[] out = column.clone();
        if (direction == IndicatorDirection.NEGATIVE) {
            for (int i = 0; i < out.length; i++) {
                out[i] = -out[i];
            }
        }
        return out;
    }
}
