package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The column statistics: mean, the scaled sample standard deviation, exponents and average ranks. */
class ColumnsTest {

    @Test
    void meanAndSampleSd() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5, Columns.mean(x));
        // Σ(x − 5)² = 32, over n − 1 = 7
        assertEquals(Math.sqrt(32.0 / 7), Columns.sampleSd(x), 1e-15);
        assertEquals(0, Columns.sampleSd(new double[] {3, 3, 3}));
    }

    @Test
    void sampleSdNeitherOverflowsNorUnderflows() {
        assertEquals(Math.sqrt(2) * 1e300, Columns.sampleSd(new double[] {1e300, -1e300}), 1e286);
        assertEquals(Math.sqrt(2) * 1e-300, Columns.sampleSd(new double[] {1e-300, -1e-300}), 1e-314);
    }

    @Test
    void exponentOfTheLargestMagnitude() {
        assertEquals(0, Columns.exponent(new double[] {0, 0}));
        assertEquals(0, Columns.exponent(new double[0]));
        assertEquals(3, Columns.exponent(new double[] {1, -9.5, 8}));
        assertEquals(-2, Columns.exponent(new double[] {0.25, -0.1}));
        assertArrayEquals(new double[] {0.125, -1.1875, 1}, Columns.scaled(new double[] {1, -9.5, 8}, 3));
    }

    @Test
    void columnOfAMatrix() {
        assertArrayEquals(new double[] {2, 5}, Columns.column(new double[][] {{1, 2, 3}, {4, 5, 6}}, 1));
    }

    @Test
    void averageRanksShareTies() {
        assertArrayEquals(new double[] {3, 1, 3, 5, 3}, Columns.averageRanks(new double[] {2, 1, 2, 7, 2}));
        assertArrayEquals(new double[] {1.5, 1.5, 3.5, 3.5}, Columns.averageRanks(new double[] {0, 0, 1, 1}));
        assertArrayEquals(new double[] {4, 3, 2, 1}, Columns.averageRanks(new double[] {9, 8, 7, 6}));
        assertArrayEquals(new double[0], Columns.averageRanks(new double[0]));
    }

    @Property(tries = 200)
    void ranksSumToTheTriangularNumber(@ForAll @Size(max = 30) double[] x) {
        double sum = 0;
        for (double r : Columns.averageRanks(x)) {
            sum += r;
        }
        assertEquals(x.length * (x.length + 1) / 2.0, sum, 1e-9);
    }

    @Property(tries = 200)
    void sdIsScaleEquivariant(@ForAll @Size(min = 2, max = 20) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
                              @ForAll @IntRange(min = -200, max = 200) int power) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        double sd = Columns.sampleSd(x);
        // values scaled by a power of two: the same bits, scaled
        assertEquals(Math.scalb(sd, power), Columns.sampleSd(Columns.scaled(x, -power)));
    }
}
