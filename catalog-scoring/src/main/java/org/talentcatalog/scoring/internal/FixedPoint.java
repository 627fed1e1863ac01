package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic for the survey sums.
 *
 * <p><b>The value of a number.</b> A sampling weight or a count arrives as a {@code double} (parsed
 * from a CSV cell or given in a {@link org.talentcatalog.scoring.SurveySample}). Its exact value for
 * aggregation is the decimal with at most six places that the double stands for — the {@code k}
 * with {@code |k| < 10^15} and {@code k / 1e6 == d}, read as {@code k·10⁻⁶} — and, for a double that
 * is no such decimal (more places, or ≥ 10⁹), the decimal of at most 15 significant digits that
 * reads back as the double when there is one (so {@code 2.5e300} is 2.5·10³⁰⁰ and {@code 1e-300} is
 * 10⁻³⁰⁰: weights written as decimals keep their exact proportions at any scale), otherwise the
 * decimal {@link Double#toString(double)} gives ({@link #decimal(double)}). This is a fixed function
 * of the double, so every sum is an exact sum of fixed addends and merging partial sums in any
 * grouping equals one pass.
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

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final long EXACT = 1L << 53;
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
        return k != NONE ? BigDecimal.valueOf(k, WEIGHT_SCALE) : decimal(d);
    }

    /**
     * The decimal a finite double stands for: the one of at most 15 significant digits that reads
     * back as {@code d}, when there is one (there is at most one), else the decimal of
     * {@link Double#toString(double)}.
     */
    public static BigDecimal decimal(double d) {
        BigDecimal shown = new BigDecimal(Double.toString(d));
        if (shown.precision() <= 15) {
            return shown;
        }
        BigDecimal fifteen = new BigDecimal(d).round(FIFTEEN_DIGITS);
        return fifteen.doubleValue() == d ? fifteen.stripTrailingZeros() : shown;
    }

    /**
     * {@code (a·10^-aScale + aExtra) / (b·10^-bScale + bExtra)} rounded once to the nearest double:
     * with one IEEE division when both operands are exact doubles, otherwise by
     * {@link #quotient(BigDecimal, BigDecimal)}; the same double either way.
     *
     * @param a the dividend's units
     * @param aScale their decimal places
     * @param aExtra the dividend's exact part beyond {@code a}, or null
     * @param b the divisor's units
     * @param bScale their decimal places
     * @param bExtra the divisor's exact part beyond {@code b}, or null (the divisor is not zero)
     * @return the correctly rounded quotient
     */
    public static double ratio(long a, int aScale, BigDecimal aExtra, long b, int bScale, BigDecimal bExtra) {
        if (aExtra == null && bExtra == null && a >= 0 && a < EXACT && b > 0 && b < EXACT) {
            int d = aScale - bScale;
            if (d >= 0 && d < POW10.length && b < EXACT / (long) POW10[d]) {
                return (double) a / (double) (b * (long) POW10[d]);
            }
            if (d < 0 && -d < POW10.length && a < EXACT / (long) POW10[-d]) {
                return (double) (a * (long) POW10[-d]) / (double) b;
            }
        }
        BigDecimal p = decimal(a, aScale);
        BigDecimal q = decimal(b, bScale);
        return quotient(aExtra == null ? p : p.add(aExtra), bExtra == null ? q : q.add(bExtra));
    }

    /**
     * {@code p / q} rounded once to the nearest double (ties to even), for exact operands; the result
     * depends only on the value of the quotient, not on how the operands are written.
     *
     * @param p the dividend
     * @param q the divisor, not zero
     * @return the correctly rounded quotient (infinite if it exceeds the double range)
     */
    public static double quotient(BigDecimal p, BigDecimal q) {
        if (p.signum() == 0) {
            return 0.0;
        }
        int scale = Math.max(p.scale(), q.scale());
        BigInteger a = p.abs().setScale(scale).unscaledValue();
        BigInteger b = q.abs().setScale(scale).unscaledValue();
        // shift so that the integer quotient has at least 55 bits: 53 kept, a rounding bit and a sticky bit
        int shift = 55 - (a.bitLength() - b.bitLength());
        if (shift > 0) {
            a = a.shiftLeft(shift);
        } else {
            b = b.shiftLeft(-shift);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger m = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        double r = Math.scalb(m.doubleValue(), -shift);
        return p.signum() * q.signum() < 0 ? -r : r;
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
        if (Math.abs(units) < 1L << 52 && scale >= 0 && scale < POW10.length) {
            return units / POW10[scale]; // both exact doubles, so the quotient is rounded once
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
        return scaled(v, digits, places, scale);
    }

    /**
     * {@link #parse(char[], int, int, int)} of ASCII bytes: the same units for the same text, and
     * {@link #NONE} for anything else (a non-ASCII byte included).
     */
    public static long parse(byte[] bytes, int from, int to, int scale) {
        long v = 0;
        int digits = 0;
        int places = -1;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
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
        return scaled(v, digits, places, scale);
    }

    /** The digits read ({@code v}, with {@code places} after the point or -1 for none) in units of 10^-scale, or NONE. */
    private static long scaled(long v, int digits, int places, int scale) {
        if (digits == 0 || digits >= 15) {
            return NONE;
        }
        int p = Math.max(places, 0);
        // v·10^-p ≥ 10⁹ is refused before scaling, so the units (below 10⁹·10^scale) never overflow
        if (p > scale || v >= 1_000_000_000L * pow10(p)) {
            return NONE;
        }
        long units = v;
        for (int i = p; i < scale; i++) {
            units *= 10;
        }
        return units;
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}
