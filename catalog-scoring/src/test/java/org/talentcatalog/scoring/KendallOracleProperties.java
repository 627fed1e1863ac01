package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Kendall's W, its tie correction, χ², the p-value and the item statistics against the textbook
 * formulas computed here another way: ranks by counting, the χ² tail in closed form for even degrees of
 * freedom, and an expert who skipped an item left out of W but not of the item statistics.
 */
class KendallOracleProperties {

    @Property(tries = 60)
    void everyFigureFollowsTheFormulas(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int m,
            @ForAll @IntRange(min = 1, max = 3) int half, @ForAll boolean withPartialExpert) {
        int n = 2 * half + 1; // odd items: even degrees of freedom
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] x = new double[m][n];
        List<ExpertRating> ratings = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            for (int j = 0; j < n; j++) {
                x[e][j] = 1 + rnd.nextInt(5);
                ratings.add(new ExpertRating("E" + e, "I" + j, x[e][j]));
            }
        }
        double partial = 1 + rnd.nextInt(5);
        if (withPartialExpert) {
            ratings.add(new ExpertRating("Z", "I0", partial));
        }
        ConsensusResult r = ExpertConsensus.analyze(ratings, null);
        double[] rankSums = new double[n];
        double ties = 0;
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                int less = 0;
                int equal = 0;
                for (double v : row) {
                    less += v < row[j] ? 1 : 0;
                    equal += v == row[j] ? 1 : 0;
                }
                rankSums[j] += less + (equal + 1) / 2.0;
                ties += (equal * equal - 1.0); // Σ over a group of t members of (t² − 1) is t³ − t
            }
        }
        double s = 0;
        for (double rs : rankSums) {
            s += (rs - m * (n + 1) / 2.0) * (rs - m * (n + 1) / 2.0);
        }
        double base = (double) m * m * (n * n * n - n);
        assertEquals(m, r.experts());
        assertEquals(n, r.items());
        assertEquals(n - 1, r.df());
        assertEquals(withPartialExpert ? List.of("Z") : List.of(), r.excludedExperts());
        if (base - m * ties == 0) {
            assertNull(r.w());
            assertNull(r.pValue());
        } else {
            double wc = 12 * s / (base - m * ties);
            assertEquals(12 * s / base, r.w(), 1e-12);
            assertEquals(wc, r.wCorrected(), 1e-12);
            double chi = m * (n - 1) * wc;
            assertEquals(chi, r.chiSquare(), 1e-9);
            double term = 1;
            double tail = 0;
            for (int k = 0; k < (n - 1) / 2; k++) {
                term = k == 0 ? 1 : term * (chi / 2) / k;
                tail += term;
            }
            assertEquals(Math.exp(-chi / 2) * tail, r.pValue(), 1e-9);
        }
        double full = 0;
        for (ExpertRating e : ratings) {
            full = Math.max(full, e.score());
        }
        assertEquals(full, r.fullMark());
        for (int j = 0; j < n; j++) {
            List<Double> values = new ArrayList<>();
            for (double[] row : x) {
                values.add(row[j]);
            }
            if (withPartialExpert && j == 0) {
                values.add(partial);
            }
            double mean = values.stream().mapToDouble(v -> v).sum() / values.size();
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double sd = Math.sqrt(ss / (values.size() - 1));
            ItemStatistics st = r.itemStatistics().get(j);
            assertEquals("I" + j, st.itemId());
            assertEquals(values.size(), st.ratings());
            assertEquals(mean, st.mean(), 1e-12);
            assertEquals(sd, st.sd(), 1e-12);
            assertEquals(sd == 0 ? 0 : sd / mean, st.cv(), 1e-12);
            final double fullMark = full;
            assertEquals(values.stream().filter(v -> v == fullMark).count() / (double) values.size(), st.fullMarkRatio(),
                    1e-15);
            assertEquals(rankSums[j] / m, st.meanRank(), 1e-12);
        }
    }
}
