package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;

/** The aggregation methods and CRITIC on small tables worked by hand, at the edges of their definitions. */
class AggregationEdgesTest {

    private static final List<String> P3 = List.of("p1", "p2", "p3");

    @Test
    void topsisTakesTheIdealFromTheValuesEvenWhenAllAreNegative() {
        // NONE normalisation turns a NEGATIVE indicator into −x: ideal −1, anti-ideal −3
        AggregateScores s = Aggregation.topsis().aggregate(new double[][] {{-1}, {-2}, {-3}}, new double[] {1},
                List.of("a"), P3);
        assertArrayEquals(new double[] {1, 0.5, 0}, s.scores(), 1e-15);
        AggregateScores positive = Aggregation.topsis().aggregate(new double[][] {{3}, {2}, {1}}, new double[] {1},
                List.of("a"), P3);
        assertArrayEquals(new double[] {1, 0.5, 0}, positive.scores(), 1e-15);
    }

    @Test
    void topsisContributionsSplitTheScoreBySquaredDistanceFromTheAntiIdeal() {
        // v = (0.5, 0.25) and (0, 0): the first is the ideal (score 1), at squared distances 0.25 and
        // 0.0625 from the anti-ideal, so its contributions are 0.25/0.3125 = 0.8 and 0.2
        AggregateScores s = Aggregation.topsis().aggregate(new double[][] {{1, 0.5}, {0, 0}}, new double[] {0.5, 0.5},
                List.of("a", "b"), List.of("p1", "p2"));
        assertArrayEquals(new double[] {1, 0}, s.scores(), 1e-15);
        assertArrayEquals(new double[] {0.8, 0.2}, s.contributions()[0], 1e-15);
        assertArrayEquals(new double[] {0, 0}, s.contributions()[1], 1e-15);
    }

    @Test
    void geometricContributionsSplitByWeightWhenTheScoreIsOne() {
        // every value 1: ln score = 0, so the score 1 is split by weight
        AggregateScores s = Aggregation.geometric(null).aggregate(new double[][] {{1, 1}, {4, 1}}, new double[] {0.25, 0.75},
                List.of("a", "b"), List.of("p1", "p2"));
        assertArrayEquals(new double[] {0.25, 0.75}, s.contributions()[0], 1e-15);
        // 4^0.25 = √2, all of it from a
        assertEquals(Math.sqrt(2), s.scores()[1], 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(2), 0}, s.contributions()[1], 1e-15);
    }

    @Test
    void criticIsUndefinedWhenEveryIndicatorCarriesTheSameInformation() {
        double[][] same = {{0, 0}, {0.5, 0.5}, {1, 1}};
        ScoringException e = assertThrows(ScoringException.class,
                () -> Weighting.critic().weigh(new WeightingInput(List.of("a", "b"), same, same)));
        assertEquals("$.weighting", e.issue().cell());
        assertEquals("CRITIC information content sums to 0", e.issue().text().en());
    }

    @Test
    void vectorNormalisationNeedsAPosition() {
        ScoringException e = assertThrows(ScoringException.class,
                () -> Normalization.vector().normalize("x", IndicatorDirection.POSITIVE, new double[0]));
        assertEquals("$.indicators.x", e.issue().cell());
        assertEquals("VECTOR needs at least 1 positions, got 0", e.issue().text().en());
    }
}
