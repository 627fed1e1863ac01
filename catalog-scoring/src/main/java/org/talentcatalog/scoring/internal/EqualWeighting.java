package org.talentcatalog.scoring.internal;

import java.util.Arrays;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.MethodConfig;
import org.talentcatalog.scoring.spi.ScoringMethodProvider;

/** {@code EQUAL}: every indicator weighs 1/n. */
public final class EqualWeighting implements Weighting, ScoringMethodProvider<Weighting> {

    @Override
    public String method() {
        return "EQUAL";
    }

    @Override
    public Class<Weighting> stage() {
        return Weighting.class;
    }

    @Override
    public String name() {
        return method();
    }

    /** This method itself: it has no parameters. */
    @Override
    public Weighting create(MethodConfig config) {
        return this;
    }

    @Override
    public Weights weigh(WeightingInput input) {
        double[] w = new double[input.indicators().size()];
        Arrays.fill(w, 1.0 / w.length);
        return Weights.of(w);
    }
}
