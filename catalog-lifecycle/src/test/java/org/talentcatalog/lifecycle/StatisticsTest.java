package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentcatalog.lifecycle.internal.Statistics;

/** The evaluation's figures against published worked examples and hand computation. */
class StatisticsTest {

    @Test
    void quadraticKappaMatchesPublishedExamples() {
        // Maple EssayTools, QuadraticWeightedKappa, examples 1 and 2.
        assertEquals(0.758620689655172, Statistics.quadraticKappa(new int[] {9, 7, 8, 7, 6, 8, 3, 5, 10},
                new int[] {8, 8, 6, 6, 7, 6, 1, 4, 8}), 1e-12);
        assertEquals(0.438095238095238, Statistics.quadraticKappa(new int[] {9, 7, 8, 7, 6, 8, 3, 5, 10},
                new int[] {3, 5, 6, 6, 7, 6, 1, 4, 8}), 1e-12);
        // Two classes: every weight is the same, so weighted kappa is Cohen's kappa; the 50-item
        // example of the Wikipedia article "Cohen's kappa" (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no) gives 0.4.
        int[] a = new int[50];
        int[] b = new int[50];
        for (int i = 0; i < 50; i++) {
            a[i] = i < 25 ? 1 : 0;
            b[i] = i < 20 || i >= 25 && i < 35 ? 1 : 0;
        }
        assertEquals(0.4, Statistics.quadraticKappa(a, b), 1e-12);
    }

    @Test
    void kappaIsOneForAgreementAndUndefinedWithoutSpread() {
        assertEquals(1.0, Statistics.quadraticKappa(new int[] {0, 1, 2, 3}, new int[] {0, 1, 2, 3}), 1e-12);
        assertTrue(Double.isNaN(Statistics.quadraticKappa(new int[] {2, 2}, new int[] {2, 2})));
        assertTrue(Double.isNaN(Statistics.quadraticKappa(new int[0], new int[0])));
    }

    @Test
    void spearmanMatchesTheTextbookExampleAndMidRanks() {
        // Wikipedia, "Spearman's rank correlation coefficient": IQ against hours of television, ρ = −29/165.
        double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
        double[] tv = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};
        assertEquals(-29.0 / 165, Statistics.spearman(iq, tv), 1e-12);
        // Ties share the mean of their ranks: y's ranks are 1, 2, 3.5, 5, 3.5; ρ = 8 / √(10 · 9.5).
        assertEquals(8 / Math.sqrt(95), Statistics.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}), 1e-12);
        assertTrue(Double.isNaN(Statistics.spearman(new double[] {1, 2}, new double[] {3, 3})));
        assertTrue(Double.isNaN(Statistics.spearman(new double[] {1}, new double[] {1})));
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        assertEquals(1.75, Statistics.quantile(new double[] {4, 2, 1, 3}, 0.25), 1e-12);
        assertEquals(4.9, Statistics.quantile(new double[] {5, 4, 3, 2, 1}, 0.975), 1e-12);
        assertEquals(1.1, Statistics.quantile(new double[] {5, 4, 3, 2, 1}, 0.025), 1e-12);
        assertEquals(7.0, Statistics.quantile(new double[] {7}, 0.5), 1e-12);
    }
}
