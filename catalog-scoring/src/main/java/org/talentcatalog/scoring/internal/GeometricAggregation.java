package org.talentcatalog.scoring.internal;

import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.AggregateScores;
import org.talentcatalog.scoring.Aggregation;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * {@code GEOMETRIC} (几何加权): score Π xⱼ^wⱼ. A value ≤ 0 is an error unless a floor is set, in
 * which case values below the floor are raised to it. Contributions split the score in proportion to
 * wⱼ·ln xⱼ (the additive terms of ln score); when ln score is 0 they split it by weight.
 */
public final class GeometricAggregation implements Aggregation {

    private final @Nullable Double floor;

    /** @param floor the floor, &gt; 0, or {@code null} for none */
    public GeometricAggregation(@Nullable Double floor) {
        if (floor != null && !(floor > 0)) {
            throw ScoringException.config("$.aggregation.floor", Messages.CONFIG_FLOOR.text());
        }
        this.floor = floor;
    }

    @Override
    public String method() {
        return "GEOMETRIC";
    }

    @Override
    public AggregateScores aggregate(double[][] x, double[] w, List<String> indicators, List<String> positions) {
        double[] scores = new double[x.length];
        double[][] contributions = new double[x.length][w.length];
        for (int i = 0; i < x.length; i++) {
            double[] terms = new double[w.length];
            double log = 0;
            for (int j = 0; j < w.length; j++) {
                double v = x[i][j];
                if (floor != null) {
                    v = Math.max(v, floor);
                } else if (!(v > 0)) {
                    throw ScoringException.method("$.aggregation", Messages.METHOD_GEOMETRIC_NOT_POSITIVE.text(positions.get(i), indicators.get(j), v));
                }
                terms[j] = w[j] * Math.log(v);
                log += terms[j];
            }
            scores[i] = Math.exp(log);
            for (int j = 0; j < w.length; j++) {
                contributions[i][j] = log == 0 ? scores[i] * w[j] : scores[i] * terms[j] / log;
            }
        }
        return new AggregateScores(scores, contributions);
    }

    /** Registers {@code GEOMETRIC}: an optional {@code floor}. */
    public static final class Provider extends AbstractMethodProvider<Aggregation> {

        /** The provider of {@code GEOMETRIC}. */
        public Provider() {
            super(Aggregation.class, "GEOMETRIC");
        }

        @Override
        public Aggregation create(MethodConfig config) {
            config.declare("floor");
            OptionalDouble floor = config.optionalNumber("floor");
            return new GeometricAggregation(floor.isPresent() ? floor.getAsDouble() : null);
        }
    }
}
