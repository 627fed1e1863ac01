package org.talentcatalog.scoring.internal;

import org.talentcatalog.scoring.Classes;
import org.talentcatalog.scoring.Classification;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * {@code QUANTILES}: positions in descending score; a position with competition rank r (ties share
 * the best rank, so tied positions always share a level) gets the first level whose cumulative
 * share s satisfies r/n ≤ s (with a 1e-12 tolerance); beyond the last share it is not listed.
 */
public final class QuantileClassification implements Classification {

    private final double[] shares;

    /** See {@link Classification#quantiles}. */
    public QuantileClassification(double verySCarce, double scarce, double generallyScarce) {
        if (!(verySCarce > 0 && verySCarce <= scarce && scarce <= generallyScarce && generallyScarce <= 1)) {
            throw ScoringException.config("$.classification", Messages.CONFIG_QUANTILE_ORDER.text());
        }
        this.shares = new double[] {verySCarce, scarce, generallyScarce};
    }

    @Override
    public String method() {
        return "QUANTILES";
    }

    @Override
    public Classes classify(double[] scores) {
        Columns.requireDifferentScores(method(), scores);
        int n = scores.length;
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = 1;
            for (double other : scores) {
                if (other > scores[i]) {
                    ranks[i]++;
                }
            }
        }
        return LevelBounds.classify(n, (i, k) -> (double) ranks[i] / n <= shares[k] + 1e-12);
    }

    /** Registers {@code QUANTILES}: the three cumulative shares. */
    public static final class Provider extends AbstractMethodProvider<Classification> {

        /** The provider of {@code QUANTILES}. */
        public Provider() {
            super(Classification.class, "QUANTILES");
        }

        @Override
        public Classification create(MethodConfig config) {
            double[] shares = LevelBounds.read(config);
            return new QuantileClassification(shares[0], shares[1], shares[2]);
        }
    }
}
