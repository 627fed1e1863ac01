package org.talentcatalog.scoring.internal;

import java.util.List;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.AggregateScores;
import org.talentcatalog.scoring.Classes;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;

/**
 * normalise → weight → aggregate → classify over a dense raw matrix.
 *
 * @param normalized [position][indicator] normalised values
 * @param weights the weights
 * @param scores scores and contributions
 * @param classes levels and breaks
 */
public record Pipeline(double[][] normalized, Weights weights, AggregateScores scores, Classes classes) {

    /**
     * Runs the four stages.
     *
     * @param config the configuration
     * @param raw [position][indicator] raw values
     * @param positions position ids, for messages
     * @return every stage's outcome
     */
    public static Pipeline run(ScoringConfig config, double[][] raw, List<String> positions) {
        List<String> ids = config.indicatorIds();
        double[][] normalized = normalize(config, raw);
        Weights weights = config.weighting().weigh(new WeightingInput(ids, raw, normalized));
        AggregateScores scores = config.aggregation().aggregate(normalized, weights.toArray(), ids, positions);
        Classes classes = config.classification().classify(scores.scores());
        return new Pipeline(normalized, weights, scores, classes);
    }

    /** Normalises every column. */
    public static double[][] normalize(ScoringConfig config, double[][] raw) {
        int n = config.indicators().size();
        double[][] out = new double[raw.length][n];
        for (int j = 0; j < n; j++) {
            IndicatorDirection d = config.indicators().get(j).direction();
            double[] col = config.normalization().normalize(config.indicators().get(j).id(), d, Columns.column(raw, j));
            for (int i = 0; i < raw.length; i++) {
                out[i][j] = col[i];
            }
        }
        return out;
    }

    /** Competition ranks (1 + number of strictly higher scores). */
    public static int[] ranks(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int[] ranks = new int[scores.length];
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            ranks[i] = k > 0 && scores[order[k - 1]] == scores[i] ? ranks[order[k - 1]] : k + 1;
        }
        return ranks;
    }
}
