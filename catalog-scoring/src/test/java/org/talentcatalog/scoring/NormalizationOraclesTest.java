package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;

/**
 * Each normalisation on a small column worked by hand, in both directions, what it refuses, and two
 * invariants: a NEGATIVE indicator is the mirror of the POSITIVE one, and a column's unit (a power of
 * two here, so that the comparison is exact) does not change the result.
 */
class NormalizationOraclesTest {

    private static final IndicatorDirection POS = IndicatorDirection.POSITIVE;
    private static final IndicatorDirection NEG = IndicatorDirection.NEGATIVE;

    @Test
    void minMax() {
        assertArrayEquals(new double[] {0, 0.25, 1}, Normalization.minMax().normalize("x", POS, new double[] {2, 4, 10}));
        assertArrayEquals(new double[] {1, 0.75, 0}, Normalization.minMax().normalize("x", NEG, new double[] {2, 4, 10}));
    }

    @Test
    void zScore() {
        // mean 4, sample standard deviation 2
        assertArrayEquals(new double[] {-1, 0, 1}, Normalization.zScore().normalize("x", POS, new double[] {2, 4, 6}), 1e-15);
        assertArrayEquals(new double[] {1, 0, -1}, Normalization.zScore().normalize("x", NEG, new double[] {2, 4, 6}), 1e-15);
        assertArrayEquals(new double[] {-1.5, 0.5, 0.5, 0.5},
                Normalization.zScore().normalize("x", POS, new double[] {0, 4, 4, 4}), 1e-15);
    }

    @Test
    void vector() {
        assertArrayEquals(new double[] {0.6, 0.8}, Normalization.vector().normalize("x", POS, new double[] {3, 4}), 1e-15);
        assertArrayEquals(new double[] {0.4, 0.2}, Normalization.vector().normalize("x", NEG, new double[] {3, 4}), 1e-15);
        assertArrayEquals(new double[] {1}, Normalization.vector().normalize("x", POS, new double[] {7}));
    }

    @Test
    void rank() {
        assertArrayEquals(new double[] {0, 1, 0.5, 0.5}, Normalization.rank().normalize("x", POS, new double[] {10, 30, 20, 20}));
        assertArrayEquals(new double[] {1, 0, 0.5, 0.5}, Normalization.rank().normalize("x", NEG, new double[] {10, 30, 20, 20}));
    }

    @Test
    void none() {
        double[] column = {1.5, -2};
        assertArrayEquals(new double[] {1.5, -2}, Normalization.none().normalize("x", POS, column));
        assertArrayEquals(new double[] {-1.5, 2}, Normalization.none().normalize("x", NEG, column));
        assertArrayEquals(new double[] {1.5, -2}, column, "the input is not modified");
    }

    @Test
    void refusals() {
        List<Runnable> refused = List.of(
                () -> Normalization.minMax().normalize("x", POS, new double[] {5}),
                () -> Normalization.minMax().normalize("x", POS, new double[] {5, 5}),
                () -> Normalization.zScore().normalize("x", POS, new double[] {5}),
                () -> Normalization.zScore().normalize("x", POS, new double[] {3, 3, 3}),
                () -> Normalization.vector().normalize("x", POS, new double[0]),
                () -> Normalization.vector().normalize("x", POS, new double[] {0, 0}),
                () -> Normalization.rank().normalize("x", POS, new double[] {5}));
        for (Runnable r : refused) {
            ScoringException e = assertThrows(ScoringException.class, r::run);
            assertEquals(true, e.getMessage().contains("x"), e.getMessage());
        }
    }

    private static double[] column(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 100)
    void negativeMirrorsPositive(@ForAll @Size(min = 2, max = 15) List<@DoubleRange(min = -1e4, max = 1e4) Double> values) {
        double[] x = column(values);
        if (java.util.Arrays.stream(x).distinct().count() < 2) {
            return;
        }
        for (Normalization n : List.of(Normalization.minMax(), Normalization.rank(), Normalization.vector())) {
            double[] pos = n.normalize("x", POS, x);
            double[] neg = n.normalize("x", NEG, x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(1 - pos[i], neg[i], 1e-12, n.method());
            }
        }
        for (Normalization n : List.of(Normalization.zScore(), Normalization.none())) {
            double[] pos = n.normalize("x", POS, x);
            double[] neg = n.normalize("x", NEG, x);
            for (int i = 0; i < x.length; i++) {
                assertEquals(-pos[i], neg[i], 1e-12, n.method());
            }
        }
    }

    @Property(tries = 100)
    void theUnitDoesNotMatter(@ForAll @Size(min = 2, max = 15) List<@DoubleRange(min = -1e4, max = 1e4) Double> values,
                              @ForAll @IntRange(min = -300, max = 300) int power) {
        double[] x = column(values);
        if (java.util.Arrays.stream(x).distinct().count() < 2) {
            return;
        }
        double[] scaled = x.clone();
        for (int i = 0; i < x.length; i++) {
            scaled[i] = Math.scalb(x[i], power);
        }
        for (Normalization n : List.of(Normalization.minMax(), Normalization.rank(), Normalization.vector(),
                Normalization.zScore())) {
            for (IndicatorDirection d : IndicatorDirection.values()) {
                assertArrayEquals(n.normalize("x", d, x), n.normalize("x", d, scaled), 1e-12, n.method());
            }
        }
    }
}
