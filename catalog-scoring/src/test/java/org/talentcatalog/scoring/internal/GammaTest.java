package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The log-gamma function and the χ² upper tail against closed forms and published quantiles, on
 * both sides of the switch between the series (x &lt; a + 1) and the continued fraction.
 */
class GammaTest {

    @Test
    void logGammaOfIntegersIsTheLogOfTheFactorial() {
        assertEquals(0, Gamma.logGamma(1), 1e-13);
        assertEquals(0, Gamma.logGamma(2), 1e-13);
        assertEquals(Math.log(24), Gamma.logGamma(5), 1e-12);
        assertEquals(Math.log(362_880), Gamma.logGamma(10), 1e-11);
    }

    @Test
    void logGammaBelowOneHalfUsesTheReflection() {
        // Γ(1/2) = √π, Γ(1/4) = 3.6256099082219083, Γ(0.1) = 9.513507698668732
        assertEquals(0.5 * Math.log(Math.PI), Gamma.logGamma(0.5), 1e-13);
        assertEquals(Math.log(3.6256099082219083), Gamma.logGamma(0.25), 1e-12);
        assertEquals(Math.log(9.513507698668732), Gamma.logGamma(0.1), 1e-12);
    }

    @Test
    void twoDegreesOfFreedomHaveAnExponentialTail() {
        // P(χ²₂ ≥ x) = e^(−x/2): x/2 = 0.5 is summed as a series, x/2 = 5 by the continued fraction
        assertEquals(Math.exp(-0.5), Gamma.chiSquareUpperTail(1, 2), 1e-13);
        assertEquals(Math.exp(-5), Gamma.chiSquareUpperTail(10, 2), 1e-13);
        assertEquals(Math.exp(-40), Gamma.chiSquareUpperTail(80, 2), 1e-25);
    }

    @Test
    void fourDegreesOfFreedom() {
        // Q(2, y) = e^(−y)(1 + y)
        for (double y : new double[] {0.25, 1.5, 2.9, 3.1, 12}) {
            assertEquals(Math.exp(-y) * (1 + y), Gamma.chiSquareUpperTail(2 * y, 4), 1e-12, "y = " + y);
        }
    }

    @Test
    void publishedQuantiles() {
        assertEquals(0.05, Gamma.chiSquareUpperTail(3.841458820694124, 1), 1e-12);
        assertEquals(0.01, Gamma.chiSquareUpperTail(6.634896601021214, 1), 1e-12);
        assertEquals(0.05, Gamma.chiSquareUpperTail(18.307038053275146, 10), 1e-12);
        assertEquals(0.95, Gamma.chiSquareUpperTail(10.850811394182585, 20), 1e-12);
        assertEquals(0.05, Gamma.chiSquareUpperTail(43.77297182574219, 30), 1e-12);
    }

    @Test
    void nothingAboveZeroIsCertain() {
        assertEquals(1, Gamma.upperRegularized(3, 0));
        assertEquals(1, Gamma.upperRegularized(3, -1));
        assertEquals(1, Gamma.chiSquareUpperTail(0, 5));
    }

    @Property(tries = 200)
    void theTailFallsAsTheStatisticRises(@ForAll @IntRange(min = 1, max = 60) int df,
                                          @ForAll @DoubleRange(min = 0.01, max = 150) double x) {
        double p = Gamma.chiSquareUpperTail(x, df);
        double later = Gamma.chiSquareUpperTail(x * 1.1 + 0.1, df);
        assertTrue(p >= 0 && p <= 1, () -> "p = " + p);
        assertTrue(later <= p + 1e-12, () -> later + " > " + p);
    }

    @Property(tries = 200)
    void evenDegreesOfFreedomMatchTheFiniteSum(@ForAll @IntRange(min = 1, max = 8) int k,
                                               @ForAll @DoubleRange(min = 0.01, max = 40) double y) {
        // for a = k an integer, Q(k, y) = e^(−y) Σ_{i<k} y^i / i!
        double sum = 0;
        double term = 1;
        for (int i = 0; i < k; i++) {
            sum += term;
            term *= y / (i + 1);
        }
        assertEquals(Math.exp(-y) * sum, Gamma.upperRegularized(k, y), 1e-11 * Math.max(1, Math.exp(-y) * sum));
    }
}
