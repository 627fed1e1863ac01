package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * {@code FIXED}: the configured weights, normalised to sum 1. The normalisation is exact: each weight
 * is the decimal its number stands for ({@link FixedPoint#decimal(double)}), and wⱼ = vⱼ/Σv is that
 * exact quotient rounded once, so the weights' units do not matter (multiplying them all by the same
 * number changes nothing) and no sum can overflow.
 */
public final class FixedWeighting implements Weighting {

    private final Map<String, Double> weights;

    /** @param weights indicator id → weight ≥ 0 (copied) */
    public FixedWeighting(Map<String, Double> weights) {
        this.weights = new LinkedHashMap<>(weights);
    }

    @Override
    public String method() {
        return "FIXED";
    }

    @Override
    public Weights weigh(WeightingInput input) {
        List<String> ids = input.indicators();
        for (String id : weights.keySet()) {
            if (!ids.contains(id)) {
                throw ScoringException.config("$.weighting.weights." + id, Messages.CONFIG_WEIGHT_UNKNOWN_INDICATOR.text(id));
            }
        }
        BigDecimal[] exact = new BigDecimal[ids.size()];
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 0; j < exact.length; j++) {
            Double v = weights.get(ids.get(j));
            if (v == null) {
                throw ScoringException.config("$.weighting.weights", Messages.CONFIG_WEIGHT_MISSING.text(ids.get(j)));
            }
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw ScoringException.config("$.weighting.weights." + ids.get(j), Messages.CONFIG_WEIGHT_NEGATIVE.text(v));
            }
            exact[j] = FixedPoint.decimal(v);
            sum = sum.add(exact[j]);
        }
        if (sum.signum() <= 0) {
            throw ScoringException.config("$.weighting.weights", Messages.CONFIG_WEIGHTS_ZERO.text());
        }
        double[] w = new double[exact.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = FixedPoint.quotient(exact[j], sum);
        }
        return Weights.of(w);
    }

    /** Registers {@code FIXED}: {@code weights}, an object {"indicator": weight}. */
    public static final class Provider extends AbstractMethodProvider<Weighting> {

        /** The provider of {@code FIXED}. */
        public Provider() {
            super(Weighting.class, "FIXED");
        }

        @Override
        public Weighting create(MethodConfig config) {
            config.declare("weights");
            if (config.has("weights") && !config.isObject("weights")) {
                throw config.error("weights", Messages.CONFIG_WEIGHTS_OBJECT.format(Locale.ROOT),
                        Messages.CONFIG_WEIGHTS_OBJECT.format(Locale.ENGLISH));
            }
            MethodConfig weights = config.object("weights");
            Map<String, Double> map = new LinkedHashMap<>();
            weights.members().forEach(id -> map.put(id, weights.requiredNumber(id)));
            return new FixedWeighting(map);
        }
    }
}
