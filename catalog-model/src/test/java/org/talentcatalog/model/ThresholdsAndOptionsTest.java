package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The level a score gets from the thresholds, the bounds of the diff's options and version texts. */
class ThresholdsAndOptionsTest {

    private static final Thresholds THRESHOLDS = new Thresholds(0.8, 0.6, 0.4);

    @Test
    void aScoreAtAThresholdGetsThatLevelAndJustBelowItTheNextOne() {
        assertEquals(Optional.of(ShortageLevel.VERY_SCARCE), THRESHOLDS.levelOf(0.8));
        assertEquals(Optional.of(ShortageLevel.SCARCE), THRESHOLDS.levelOf(Math.nextDown(0.8)));
        assertEquals(Optional.of(ShortageLevel.SCARCE), THRESHOLDS.levelOf(0.6));
        assertEquals(Optional.of(ShortageLevel.GENERALLY_SCARCE), THRESHOLDS.levelOf(Math.nextDown(0.6)));
        assertEquals(Optional.of(ShortageLevel.GENERALLY_SCARCE), THRESHOLDS.levelOf(0.4));
        assertEquals(Optional.empty(), THRESHOLDS.levelOf(Math.nextDown(0.4)));
        assertEquals(Optional.of(ShortageLevel.VERY_SCARCE), THRESHOLDS.levelOf(1));
        assertEquals(Optional.empty(), THRESHOLDS.levelOf(0));
    }

    @Test
    void eachLevelHasItsOwnThreshold() {
        assertEquals(0.8, THRESHOLDS.of(ShortageLevel.VERY_SCARCE));
        assertEquals(0.6, THRESHOLDS.of(ShortageLevel.SCARCE));
        assertEquals(0.4, THRESHOLDS.of(ShortageLevel.GENERALLY_SCARCE));
    }

    /** The level is the highest whose threshold the score reaches, counted here from the thresholds. */
    @Property(tries = 200)
    void theLevelIsTheHighestThresholdReached(@ForAll @DoubleRange(min = 0, max = 1) double score,
            @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b,
            @ForAll @DoubleRange(min = 0, max = 1) double c) {
        double[] t = java.util.stream.DoubleStream.of(a, b, c).sorted().toArray();
        Thresholds thresholds = new Thresholds(t[2], t[1], t[0]);
        int reached = (score >= t[2] ? 1 : 0) + (score >= t[1] ? 1 : 0) + (score >= t[0] ? 1 : 0);
        Optional<ShortageLevel> expected = reached == 0 ? Optional.empty() : ShortageLevel.ofRank(reached);
        assertEquals(expected, thresholds.levelOf(score));
    }

    @ParameterizedTest(name = "similarity {0} is refused")
    @ValueSource(doubles = {0, -0.5, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY})
    void aRenameSimilarityOutsideZeroToOneIsRefused(double similarity) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiffOptions.defaults().renameSimilarity(similarity));
        assertTrue(e.getMessage().contains("(0, 1]"), e.getMessage());
    }

    @Test
    void theOptionsKeepEachOtherWhenOneIsChanged() {
        DiffOptions defaults = DiffOptions.defaults();
        assertTrue(defaults.detectRenames());
        assertEquals(DiffOptions.DEFAULT_RENAME_SIMILARITY, defaults.renameSimilarity());
        assertEquals(new DiffOptions(false, 0.8), defaults.detectRenames(false));
        assertEquals(new DiffOptions(false, 1), defaults.detectRenames(false).renameSimilarity(1));
        assertEquals(new DiffOptions(true, Double.MIN_VALUE), defaults.renameSimilarity(Double.MIN_VALUE));
        assertEquals(CatalogDiff.options(), defaults);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0999", "2024", "2024.5", "2024.123"})
    void aCanonicalVersionTextReadsBackAsItself(String text) {
        assertTrue(CatalogVersion.isValid(text));
        assertEquals(text, CatalogVersion.parse(text).toString());
    }

    @Test
    void aVersionBeforeYearOneThousandKeepsItsFourDigits() {
        assertEquals("0042.7", new CatalogVersion(42, 7).toString());
        assertEquals(new CatalogVersion(999, 0), CatalogVersion.parse("0999.000"));
        assertFalse(CatalogVersion.isValid(""));
    }
}
