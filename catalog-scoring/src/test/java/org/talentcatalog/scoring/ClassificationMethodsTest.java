package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ShortageLevel;

class ClassificationMethodsTest {

    private static final double[] DATA = {0.05, 0.08, 0.11, 0.21, 0.24, 0.26, 0.45, 0.47, 0.52, 0.55, 0.81, 0.9, 0.93};

    // Oracle: exhaustive search over every split of the 13 sorted values (python3 + numpy,
    // itertools.combinations), minimum total within-class SSD; an independent check of Fisher's (1958)
    // exact optimum, not a published table.
    @Test
    void jenksFindsTheExhaustiveSearchOptimumForThreeAndFourClasses() {
        assertEquals(List.of(0.05, 0.26, 0.55, 0.93), Classification.jenks(3).classify(DATA).breaks());
        assertEquals(List.of(0.05, 0.11, 0.26, 0.55, 0.93), Classification.jenks(4).classify(DATA).breaks());
    }

    @Test
    void jenksWithFourClassesLeavesTheLowestClassUnlisted() {
        Classes c = Classification.jenks(4).classify(DATA);
        assertEquals(Optional.empty(), c.levels().get(0));
        assertEquals(Optional.of(ShortageLevel.GENERALLY_SCARCE), c.levels().get(3));
        assertEquals(Optional.of(ShortageLevel.SCARCE), c.levels().get(6));
        assertEquals(Optional.of(ShortageLevel.VERY_SCARCE), c.levels().get(12));
    }

    @Test
    void jenksRejectsFewerPositionsThanClasses() {
        assertThrows(ScoringException.class, () -> Classification.jenks(3).classify(new double[] {0.1, 0.2}));
    }

    @Test
    void thresholdsGiveTheHighestLevelReachedAndNothingBelowTheLowest() {
        Classes c = Classification.thresholds(0.7, 0.45, 0.2).classify(new double[] {0.7, 0.5, 0.2, 0.19});
        assertEquals(List.of(Optional.of(ShortageLevel.VERY_SCARCE), Optional.of(ShortageLevel.SCARCE),
                Optional.of(ShortageLevel.GENERALLY_SCARCE), Optional.empty()), c.levels());
    }

    @Test
    void quantilesUseCumulativeSharesByDescendingScoreAndKeepTiesTogether() {
        double[] scores = {0.9, 0.8, 0.7, 0.7, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0};
        Classes c = Classification.quantiles(0.2, 0.5, 0.8).classify(scores);
        assertEquals(Optional.of(ShortageLevel.VERY_SCARCE), c.levels().get(1));
        assertEquals(Optional.of(ShortageLevel.SCARCE), c.levels().get(2));
        assertEquals(Optional.of(ShortageLevel.SCARCE), c.levels().get(3));
        assertEquals(Optional.of(ShortageLevel.GENERALLY_SCARCE), c.levels().get(7));
        assertEquals(Optional.empty(), c.levels().get(8));
    }
}
