package org.talentcatalog.scoring.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.talentcatalog.scoring.RankInterval;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.Sensitivity;

/** Runs the weight perturbation described by {@link Sensitivity}. */
public final class SensitivityRunner {

    private SensitivityRunner() {
    }

    /**
     * @param config the configuration (aggregation, sensitivity)
     * @param normalized the normalised matrix of the full-sample scoring
     * @param weights the weights of the full-sample scoring
     * @param indicators indicator ids
     * @param positions position ids
     * @return one rank interval per position, in row order
     * @throws ScoringException when runs × positions exceed {@link Limits#MAX_SENSITIVITY_WORK}
     */
    public static RankInterval[] run(ScoringConfig config, double[][] normalized, double[] weights,
            List<String> indicators, List<String> positions) {
        Sensitivity s = Objects.requireNonNull(config.sensitivity(), "sensitivity");
        SplittableRandom random = new SplittableRandom(s.seed());
        int m = normalized.length;
        long work = (long) s.runs() * m;
        if (work > Limits.MAX_SENSITIVITY_WORK) {
            throw ScoringException.config("$.sensitivity.runs", Messages.CONFIG_SENSITIVITY_WORK.text(s.runs(), m, work,
                    "10^7", Limits.MAX_SENSITIVITY_WORK / m));
        }
        int[][] ranks = new int[m][s.runs()];
        double[] w = new double[weights.length];
        for (int run = 0; run < s.runs(); run++) {
            double sum = 0;
            for (int j = 0; j < w.length; j++) {
                w[j] = weights[j] * (1 + s.weightNoise() * (2 * random.nextDouble() - 1));
                sum += w[j];
            }
            for (int j = 0; j < w.length; j++) {
                w[j] = sum > 0 ? w[j] / sum : 1.0 / w.length;
            }
            int[] r = Pipeline.ranks(config.aggregation().aggregate(normalized, w, indicators, positions).scores());
            for (int i = 0; i < m; i++) {
                ranks[i][run] = r[i];
            }
        }
        RankInterval[] out = new RankInterval[m];
        for (int i = 0; i < m; i++) {
            Arrays.sort(ranks[i]);
            out[i] = new RankInterval(percentile(ranks[i], 0.05), percentile(ranks[i], 0.95));
        }
        return out;
    }

    /** Nearest-rank percentile: the ⌈p·n⌉-th smallest value. */
    static int percentile(int[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
    }
}
