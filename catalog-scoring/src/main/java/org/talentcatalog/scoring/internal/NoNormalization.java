package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.spi.MethodConfig;
import org.talentcatalog.scoring.spi.ScoringMethodProvider;

/** {@code NONE}: raw values; a NEGATIVE indicator is multiplied by −1 so larger is more scarce. */
public final class NoNormalization implements Normalization, ScoringMethodProvider<Normalization> {

    @Override
    public String method() {
        return "NONE";
    }

    @Override
    public Class<Normalization> stage() {
        return Normalization.class;
    }

    @Override
    public String name() {
        return method();
    }

    /** This method itself: it has no parameters. */
    @Override
    public Normalization create(MethodConfig config) {
        return this;
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
