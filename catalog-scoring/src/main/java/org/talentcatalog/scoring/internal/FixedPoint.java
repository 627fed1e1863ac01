package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;

/**
 * Exact fixed-point arithmetic for the survey sums.
 *
 * <p><b>The value of a number.</b> A sampling weight or a count arrives as a {@code double} (parsed
 * from a CSV cell or given in a {@link org.talentcatalog.scoring.SurveySample}). Its exact value for
 * aggregation is the decimal with at most six places that the double stands for — the {@code k}
 * with {@code |k| < 10^15} and {@code k / 1e6 == d}, read as {@code k·10⁻⁶} — and, for a double that
 * is no such decimal (more places, or ≥ 10⁹), its exact binary value ({@code new BigDecimal(d)}).
 * This is a fixed function of the double, so every sum is an exact sum of fixed addends and merging
 * partial sums in any grouping equals one pass.
 *
 * <p><b>Scales.</b> Weights are kept as {@code long} units of 10⁻⁶ ({@link #WEIGHT_SCALE}); the
 * other factors (vacancies, applicants, hires, days to fill, difficulty) as units of 10⁻³
 * ({@link #VALUE_SCALE}), so a product weight × value is a {@code long} in units of 10⁻⁹
 * ({@link #PRODUCT_SCALE}), computed with {@link Math#multiplyExact(long, long)}. A factor outside
 * its scale, or a product or sum that would overflow a {@code long}, falls back to {@link BigDecimal}
 * (kept alongside the {@code long} part, and added to it when a value is read): slower, never
 * inexact.
 */
public final class FixedPoint {

    /** Decimal places of a weight unit. */
    public static final int WEIGHT_SCALE = 6;
    /** Decimal places of a value unit. */
    public static final int VALUE_SCALE = 3;
    /** Decimal places of a product unit. */
    public static final int PRODUCT_SCALE = WEIGHT_SCALE + VALUE_SCALE;
    /** Marks a number that has no fixed-point form at the wanted scale. */
    public static final long NONE = Long.MIN_VALUE;

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private FixedPoint() {
    }

    /** The double in units of 10⁻⁶, or {@link #NONE} if it is not a decimal with ≤ 6 places below 10⁹. */
    public static long micros(double d) {
        if (!(Math.abs(d) < 1e9)) {
            return NONE;
        }
        long k = Math.round(d * 1e6);
        return k / 1e6 == d ? k : NONE;
    }

    /** The double in units of 10⁻³, or {@link #NONE}. */
    public static long millis(double d) {
        long k = micros(d);
        return k != NONE && k % 1000 == 0 ? k / 1000 : NONE;
    }

    /** The exact value of a double as defined above. */
    public static BigDecimal exact(double d) {
        long k = micros(d);
        return k != NONE ? BigDecimal.valueOf(k, WEIGHT_SCALE) : new BigDecimal(d);
    }

    /** {@code units·10^-scale} as a BigDecimal. */
    public static BigDecimal decimal(long units, int scale) {
        return BigDecimal.valueOf(units, scale);
    }

    /**
     * {@code units·10^-scale + extra}, rounded once to the nearest double (the same double as
     * {@code decimal(units, scale).add(extra).doubleValue()}).
     */
    public static double toDouble(long units, int scale, BigDecimal extra) {
        if (extra != null) {
            return decimal(units, scale).add(extra).doubleValue();
        }
        if (Math.abs(units) < 1L << 52) {
            return units / POW10[scale];
        }
        return decimal(units, scale).doubleValue();
    }

    /** Whether {@code a + b} overflows a long. */
    public static boolean addOverflows(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0;
    }

    /**
     * Parses a plain decimal {@code digits[.digits]} from {@code chars[from, to)} into units of
     * 10^-scale, or returns {@link #NONE} for anything else (a sign, an exponent, spaces, more places
     * than {@code scale}, 15 or more digits, a value of 10⁹ or more): those take the ordinary parsing
     * path, which yields the same value for every text accepted here.
     */
    public static long parse(char[] chars, int from, int to, int scale) {
        long v = 0;
        int digits = 0;
        int places = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digits++;
                if (places >= 0) {
                    places++;
                }
            } else if (c == '.' && places < 0 && i > from && i < to - 1) {
                places = 0;
            } else {
                return NONE;
            }
        }
        if (digits == 0 || digits >= 15) {
            return NONE;
        }
        int p = Math.max(places, 0);
        if (p > scale) {
            return NONE;
        }
        for (int i = p; i < scale; i++) {
            v *= 10;
        }
        return v < 1_000_000_000L * pow10(scale) ? v : NONE;
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}
