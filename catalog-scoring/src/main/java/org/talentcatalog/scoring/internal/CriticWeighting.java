package org.talentcatalog.scoring.internal;

import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/**
 * {@code CRITIC} (Diakoulaki, Mavrotas &amp; Papayannakis 1995) on normalised values:
 * Cⱼ = σⱼ·Σₖ(1 − rⱼₖ) with σ the sample sd and r the Pearson correlation; wⱼ = Cⱼ/ΣC.
 */
public final class CriticWeighting extends AbstractMethodProvider<Weighting> implements Weighting {

    /** {@code CRITIC}, also its own provider (it has no parameters). */
    public CriticWeighting() {
        super(Weighting.class, "CRITIC");
    }

    @Override
    public Weights weigh(WeightingInput input) {
        double[][] x = input.normalized();
        int n = input.indicators().size();
        if (x.length < 3) {
            throw ScoringException.method("$.weighting", Messages.METHOD_CRITIC_POSITIONS.text());
        }
        // each column scaled by a power of two for the correlations (which do not depend on it), its
        // standard deviation scaled back exactly
        double[][] cols = new double[n][];
        double[] sd = new double[n];
        int[] exponent = new int[n];
        for (int j = 0; j < n; j++) {
            double[] column = Columns.column(x, j);
            exponent[j] = Columns.exponent(column);
            cols[j] = Columns.scaled(column, exponent[j]);
            sd[j] = Columns.sampleSd(cols[j]);
            if (!(sd[j] > 0)) {
                throw Columns.allEqual("CRITIC", input.indicators().get(j));
            }
        }
        double[] c = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            double conflict = 0;
            for (int k = 0; k < n; k++) {
                conflict += 1 - pearson(cols[j], cols[k], sd[j], sd[k]);
            }
            c[j] = Math.scalb(sd[j], exponent[j]) * conflict;
            total += c[j];
        }
        if (!(total > 0)) {
            throw ScoringException.method("$.weighting", Messages.METHOD_CRITIC_ZERO.text());
        }
        for (int j = 0; j < n; j++) {
            c[j] /= total;
        }
        return Weights.of(c);
    }

    private static double pearson(double[] a, double[] b, double sa, double sb) {
        double ma = Columns.mean(a);
        double mb = Columns.mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1) / (sa * sb);
    }
}
