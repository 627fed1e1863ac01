package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/** {@code COMBINED} (主客观组合赋权): α·subjective + (1 − α)·objective, renormalised to sum 1. */
public final class CombinedWeighting implements Weighting {

    private final Weighting subjective;
    private final Weighting objective;
    private final double alpha;

    /** See {@link Weighting#combined}. */
    public CombinedWeighting(Weighting subjective, Weighting objective, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw ScoringException.config("$.weighting.alpha", Messages.CONFIG_ALPHA.text(alpha));
        }
        this.subjective = subjective;
        this.objective = objective;
        this.alpha = alpha;
    }

    @Override
    public String method() {
        return "COMBINED";
    }

    @Override
    public Weights weigh(WeightingInput input) {
        Weights s = subjective.weigh(input);
        Weights o = objective.weigh(input);
        double[] w = new double[s.values().size()];
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] = alpha * s.values().get(j) + (1 - alpha) * o.values().get(j);
            sum += w[j];
        }
        for (int j = 0; j < w.length; j++) {
            w[j] /= sum;
        }
        List<ScoringWarning> warnings = new ArrayList<>(s.warnings());
        warnings.addAll(o.warnings());
        return new Weights(Weights.of(w).values(), s.consistency() != null ? s.consistency() : o.consistency(), warnings);
    }

    /** Registers {@code COMBINED}: two nested weightings {@code subjective} and {@code objective}, and {@code alpha} (default 0.5). */
    public static final class Provider extends AbstractMethodProvider<Weighting> {

        /** The provider of {@code COMBINED}. */
        public Provider() {
            super(Weighting.class, "COMBINED");
        }

        @Override
        public Weighting create(MethodConfig config) {
            config.declare("subjective", "objective", "alpha");
            double alpha = config.number("alpha", 0.5);
            return new CombinedWeighting(config.weighting("subjective"), config.weighting("objective"), alpha);
        }
    }
}
