package org.talentcatalog.scoring.internal;

import java.util.Arrays;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/** {@code EQUAL}: every indicator weighs 1/n. */
public final class EqualWeighting extends AbstractMethodProvider<Weighting> implements Weighting {

    /** {@code EQUAL}, also its own provider (it has no parameters). */
    public EqualWeighting() {
        super(Weighting.class, "EQUAL");
    }

    @Override
    public Weights weigh(WeightingInput input) {
        double[] w = new double[input.indicators().size()];
        Arrays.fill(w, 1.0 / w.length);
        return Weights.of(w);
    }
}
