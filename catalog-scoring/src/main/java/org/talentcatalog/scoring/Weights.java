package org.talentcatalog.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a weighting method.
 *
 * @param values one weight per indicator, in configuration order, summing to 1
 * @param consistency the AHP consistency, {@code null} unless AHP took part
 * @param warnings warnings such as an inconsistent AHP matrix
 */
public record Weights(List<Double> values, @Nullable Consistency consistency, List<ScoringWarning> warnings) {

    /** Copies the lists. */
    public Weights {
        values = List.copyOf(values);
        warnings = List.copyOf(warnings);
    }

    /** The weights as a new array. */
    public double[] toArray() {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Plain weights without consistency or warnings. */
    public static Weights of(double[] weights) {
        Double[] boxed = new Double[weights.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = weights[i];
        }
        return new Weights(List.of(boxed), null, List.of());
    }
}
