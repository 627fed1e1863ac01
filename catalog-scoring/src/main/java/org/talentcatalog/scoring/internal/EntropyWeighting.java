package org.talentcatalog.scoring.internal;

import org.talentcatalog.model.LocalizedText;
import java.util.Locale;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * {@code ENTROPY} (熵权法): pᵢⱼ = xᵢⱼ/Σᵢxᵢⱼ; Eⱼ = −(1/ln m)·Σᵢ pᵢⱼ ln pᵢⱼ with 0·ln 0 = 0;
 * wⱼ = (1 − Eⱼ)/Σ(1 − Eⱼ). Every value must be ≥ 0 and every column sum &gt; 0; m ≥ 2 positions. A
 * constant column has entropy 1 and weight 0; when every column is constant the weights are undefined.
 */
public final class EntropyWeighting implements Weighting {

    private final boolean onNormalized;

    /** @param onNormalized whether to use normalised values instead of raw ones */
    public EntropyWeighting(boolean onNormalized) {
        this.onNormalized = onNormalized;
    }

    @Override
    public String method() {
        return "ENTROPY";
    }

    @Override
    public Weights weigh(WeightingInput input) {
        double[][] x = onNormalized ? input.normalized() : input.raw();
        int m = x.length;
        int n = input.indicators().size();
        LocalizedText which = (onNormalized ? Messages.METHOD_ENTROPY_NORMALIZED : Messages.METHOD_ENTROPY_RAW).text();
        if (m < 2) {
            throw ScoringException.method("$.weighting", Messages.METHOD_ENTROPY_POSITIONS.text());
        }
        double[] d = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            String id = input.indicators().get(j);
            double sum = 0;
            for (double[] row : x) {
                if (row[j] < 0) {
                    throw ScoringException.method("$.indicators." + id, Messages.METHOD_ENTROPY_NEGATIVE.text(which, id));
                }
                sum += row[j];
            }
            if (!(sum > 0)) {
                throw ScoringException.method("$.indicators." + id, Messages.METHOD_ENTROPY_ZERO.text(id));
            }
            double e = 0;
            boolean constant = true;
            for (double[] row : x) {
                double p = row[j] / sum;
                if (p > 0) {
                    e -= p * Math.log(p);
                }
                constant &= row[j] == x[0][j];
            }
            e /= Math.log(m);
            // a constant column has entropy exactly 1 (no information, weight 0), whatever the rounding;
            // any other column has entropy below 1
            d[j] = constant ? 0 : Math.max(0, 1 - e);
            total += d[j];
        }
        if (!(total > 0)) {
            throw ScoringException.method("$.weighting", Messages.METHOD_ENTROPY_UNIFORM.text());
        }
        for (int j = 0; j < n; j++) {
            d[j] /= total;
        }
        return Weights.of(d);
    }

    /** Registers {@code ENTROPY}: {@code on}, RAW (the default) or NORMALIZED. */
    public static final class Provider extends AbstractMethodProvider<Weighting> {

        /** The provider of {@code ENTROPY}. */
        public Provider() {
            super(Weighting.class, "ENTROPY");
        }

        @Override
        public Weighting create(MethodConfig config) {
            config.declare("on");
            String on = config.text("on", "RAW");
            if (!on.equals("RAW") && !on.equals("NORMALIZED")) {
                throw config.error("on", Messages.CONFIG_ENTROPY_ON.format(Locale.ROOT, on),
                        Messages.CONFIG_ENTROPY_ON.format(Locale.ENGLISH, on));
            }
            return new EntropyWeighting(on.equals("NORMALIZED"));
        }
    }
}
