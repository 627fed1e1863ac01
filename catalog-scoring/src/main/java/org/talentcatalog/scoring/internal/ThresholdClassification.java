package org.talentcatalog.scoring.internal;

import org.talentcatalog.scoring.Classes;
import org.talentcatalog.scoring.Classification;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/** {@code THRESHOLDS}: score ≥ threshold of a level → that level (highest first); below all → not listed. */
public final class ThresholdClassification implements Classification {

    private final double[] thresholds;

    /** See {@link Classification#thresholds}. */
    public ThresholdClassification(double verySCarce, double scarce, double generallyScarce) {
        if (!(verySCarce >= scarce && scarce >= generallyScarce) || !Double.isFinite(verySCarce)
                || !Double.isFinite(generallyScarce)) {
            throw ScoringException.config("$.classification", Messages.CONFIG_THRESHOLD_ORDER.text());
        }
        this.thresholds = new double[] {verySCarce, scarce, generallyScarce};
    }

    @Override
    public String method() {
        return "THRESHOLDS";
    }

    /**
     * The thresholds in level order.
     *
     * @return VERY_SCARCE, SCARCE and GENERALLY_SCARCE thresholds (a copy)
     */
    public double[] values() {
        return thresholds.clone();
    }

    @Override
    public Classes classify(double[] scores) {
        return LevelBounds.classify(scores.length, (i, k) -> scores[i] >= thresholds[k]);
    }

    /** Registers {@code THRESHOLDS}: the three score thresholds. */
    public static final class Provider extends AbstractMethodProvider<Classification> {

        /** The provider of {@code THRESHOLDS}. */
        public Provider() {
            super(Classification.class, "THRESHOLDS");
        }

        @Override
        public Classification create(MethodConfig config) {
            double[] thresholds = LevelBounds.read(config);
            return new ThresholdClassification(thresholds[0], thresholds[1], thresholds[2]);
        }
    }
}
