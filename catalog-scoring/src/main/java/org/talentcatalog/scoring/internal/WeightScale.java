package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;

/**
 * Makes the survey sums independent of the units of the sampling weights: every weighted sum is
 * multiplied by N / W, N the number of rows and W their total weight (of the whole survey, or of one
 * bootstrap replicate), which rescales the weights to a mean of 1 per row. Unit weights are left as
 * they are, and multiplying every weight by the same number changes no result.
 *
 * <p>Each normalised sum is the exact value S·N/W rounded once to the nearest double, so it depends
 * only on the exact sums (never on their scale, and never overflowing because a weight is huge),
 * and exactly proportional weights give bit-for-bit the same indicators.
 */
public final class WeightScale {

    private final long rows;
    private final long weightUnits;
    private final BigDecimal weightExtra;
    private final boolean unit;

    /**
     * @param rows the number of rows N, ≥ 1
     * @param weightUnits their total weight in units of 10⁻⁶ ({@link FixedPoint#WEIGHT_SCALE})
     * @param weightExtra the exact part of the total weight beyond {@code weightUnits}, or null
     */
    public WeightScale(long rows, long weightUnits, BigDecimal weightExtra) {
        this.rows = rows;
        this.weightUnits = weightUnits;
        this.weightExtra = weightExtra;
        long hi = Math.multiplyHigh(rows, 1_000_000L);
        this.unit = weightExtra == null && hi == 0 && rows * 1_000_000L == weightUnits;
    }

    /**
     * The scale of a set of positions' sums: N and W summed over them.
     *
     * @param positions the accumulators
     * @return the scale
     */
    public static WeightScale of(Iterable<PositionAccumulator> positions) {
        long rows = 0;
        long units = 0;
        BigDecimal extra = null;
        for (PositionAccumulator p : positions) {
            rows = Math.addExact(rows, p.sums[PositionAccumulator.ROWS]);
            long w = p.sums[PositionAccumulator.WEIGHT];
            if (FixedPoint.addOverflows(units, w)) {
                extra = add(extra, FixedPoint.decimal(w, FixedPoint.WEIGHT_SCALE));
            } else {
                units += w;
            }
            if (p.extra != null) {
                extra = add(extra, p.extra[PositionAccumulator.WEIGHT]);
                if (p.extra[PositionAccumulator.ROWS] != null) {
                    rows = Math.addExact(rows, p.extra[PositionAccumulator.ROWS].longValueExact());
                }
            }
        }
        return new WeightScale(rows, units, extra);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return b == null ? a : a == null ? b : a.add(b);
    }

    /**
     * The normalised value of a sum: S·N/W rounded once.
     *
     * @param units the sum in units of 10^-scale
     * @param scale its decimal places
     * @param extra its exact part beyond {@code units}, or null
     * @return the rounded value (infinite only if it exceeds the double range)
     */
    public double of(long units, int scale, BigDecimal extra) {
        if (unit) {
            return FixedPoint.toDouble(units, scale, extra);
        }
        long hi = Math.multiplyHigh(units, rows);
        long lo = units * rows;
        if (extra == null && hi == 0 && lo >= 0) {
            return FixedPoint.ratio(lo, scale, null, weightUnits, FixedPoint.WEIGHT_SCALE, weightExtra);
        }
        BigDecimal sum = FixedPoint.decimal(units, scale);
        if (extra != null) {
            sum = sum.add(extra);
        }
        return FixedPoint.ratio(0, 0, sum.multiply(BigDecimal.valueOf(rows)), weightUnits, FixedPoint.WEIGHT_SCALE,
                weightExtra);
    }
}
