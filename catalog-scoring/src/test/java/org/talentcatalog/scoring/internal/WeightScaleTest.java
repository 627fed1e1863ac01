package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * {@link WeightScale}: each sum S becomes S·N/W rounded once to the nearest double, whatever the
 * size of the sum, of the rows or of the weights, and whether parts of them are held as decimals.
 */
class WeightScaleTest {

    private static final MathContext WIDE = new MathContext(120, RoundingMode.HALF_EVEN);

    private static BigDecimal exact(long units, int scale, BigDecimal extra) {
        BigDecimal v = BigDecimal.valueOf(units, scale);
        return extra == null ? v : v.add(extra);
    }

    private static double oracle(long rows, long weightUnits, BigDecimal weightExtra, long units, int scale,
                                 BigDecimal extra) {
        BigDecimal s = exact(units, scale, extra).multiply(BigDecimal.valueOf(rows));
        return s.divide(exact(weightUnits, FixedPoint.WEIGHT_SCALE, weightExtra), WIDE).doubleValue();
    }

    @Provide
    Arbitrary<BigDecimal> extras() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.longs().between(1, Long.MAX_VALUE).map(u -> BigDecimal.valueOf(u, 3).add(BigDecimal.valueOf(Long.MAX_VALUE))));
    }

    @Provide
    Arbitrary<Long> sums() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(-1_000_000_000L, 0));
    }

    @Property(tries = 300)
    void eachSumIsScaledToAMeanWeightOfOne(@ForAll @LongRange(min = 1, max = 100_000) long rows,
                                           @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long weightUnits,
                                           @ForAll("extras") BigDecimal weightExtra,
                                           @ForAll("sums") long units, @ForAll @IntRange(min = 0, max = 9) int scale,
                                           @ForAll("extras") BigDecimal extra) {
        WeightScale w = new WeightScale(rows, weightUnits, weightExtra);
        assertEquals(oracle(rows, weightUnits, weightExtra, units, scale, extra), w.of(units, scale, extra));
    }

    @Property(tries = 200)
    void unitWeightsLeaveTheSumsAsTheyAre(@ForAll @LongRange(min = 1, max = 1_000_000) long rows,
                                          @ForAll("sums") long units, @ForAll @IntRange(min = 0, max = 9) int scale,
                                          @ForAll("extras") BigDecimal extra) {
        WeightScale w = new WeightScale(rows, rows * 1_000_000, null);
        assertEquals(exact(units, scale, extra).doubleValue(), w.of(units, scale, extra));
    }

    @Test
    void proportionalWeightsGiveTheSameBits() {
        // three rows of weight 2.5 (7.5 in all) and of weight 1/40 written as 0.025 (0.075 in all)
        WeightScale large = new WeightScale(3, 7_500_000, null);
        WeightScale small = new WeightScale(3, 75_000, null);
        WeightScale huge = new WeightScale(3, 0, new BigDecimal("7.5E300"));
        // a sum of 5 vacancies weighted by 2.5 (12.5), by 0.025 (0.125) and by 2.5E300
        assertEquals(5.0, large.of(12_500, 3, null));
        assertEquals(5.0, small.of(125, 3, null));
        assertEquals(5.0, huge.of(0, 3, new BigDecimal("12.5E300")));
        // rows × units beyond a long
        assertEquals(3 * (double) Long.MAX_VALUE / 7.5, large.of(Long.MAX_VALUE, 0, null), Math.ulp(3 * (double) Long.MAX_VALUE / 7.5));
    }

    @Test
    void aRowCountTimesAMillionBeyondALongIsNotUnit() {
        long rows = 18_446_744_073_710L;
        // rows · 10⁶ wraps around 2⁶⁴ to 448,384 units (0.448384); that total weight is not unit weights
        long wrapped = rows * 1_000_000L;
        assertEquals(448_384, wrapped);
        WeightScale w = new WeightScale(rows, wrapped, null);
        assertEquals(oracle(rows, wrapped, null, 7, 0, null), w.of(7, 0, null));
    }
}
