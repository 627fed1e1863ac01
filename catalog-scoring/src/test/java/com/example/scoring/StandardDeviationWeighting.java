package com.example.scoring;

import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;

/**
 * {@code STANDARD_DEVIATION} (标准差法): wⱼ = σⱼ / Σσ, with σⱼ the sample standard deviation of
 * indicator j's normalised values, so an indicator that tells positions apart weighs more.
 * Configured as {@code "weighting": {"method": "STANDARD_DEVIATION"}}; it has no parameters.
 */
public final class StandardDeviationWeighting extends AbstractMethodProvider<Weighting> implements Weighting {

    /** The method, which is also its own provider: it has no parameters. */
    public StandardDeviationWeighting() {
        super(Weighting.class, "STANDARD_DEVIATION");
    }

    @Override
    public Weights weigh(WeightingInput input) {
        double[][] x = input.normalized();
        if (x.length < 2) {
            throw ScoringException.method("$.weighting", "标准差法需要至少 2 个岗位",
                    "STANDARD_DEVIATION needs at least 2 positions");
        }
        double[] w = new double[input.indicators().size()];
        double total = 0;
        for (int j = 0; j < w.length; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / x.length;
            }
            double squares = 0;
            for (double[] row : x) {
                squares += (row[j] - mean) * (row[j] - mean);
            }
            w[j] = Math.sqrt(squares / (x.length - 1));
            total += w[j];
        }
        if (!(total > 0)) {
            throw ScoringException.method("$.weighting", "所有指标在各岗位上取值相同，标准差法权重无定义",
                    "every indicator has the same value for all positions: the weights are undefined");
        }
        for (int j = 0; j < w.length; j++) {
            w[j] /= total;
        }
        return Weights.of(w);
    }
}
