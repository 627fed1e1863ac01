package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The fixed-point arithmetic of the survey sums against {@link BigDecimal} computed another way: the
 * units of a decimal, the one decimal of at most 15 digits a double stands for, quotients and sums
 * rounded once, the plain-decimal parser on characters and on bytes.
 */
class FixedPointProperties {

    private static final MathContext WIDE = new MathContext(60, RoundingMode.HALF_EVEN);

    @Property
    void microsAndMillisGiveBackTheUnitsOfADecimal(@ForAll @LongRange(min = -999_999_999_999_999L,
            max = 999_999_999_999_999L) long k) {
        assertEquals(k, FixedPoint.micros(k / 1e6));
        assertEquals(BigDecimal.valueOf(k, 6), FixedPoint.exact(k / 1e6));
        if (Math.abs(k) < 1_000_000_000_000L) {
            assertEquals(k, FixedPoint.millis(k / 1e3));
        }
    }

    @Example
    void numbersWithoutAUnitFormAreNone() {
        assertEquals(FixedPoint.NONE, FixedPoint.micros(1e9), "10⁹ is beyond the units");
        assertEquals(999_999_999_000_000L, FixedPoint.micros(999_999_999));
        assertEquals(FixedPoint.NONE, FixedPoint.micros(-1e9));
        assertEquals(FixedPoint.NONE, FixedPoint.micros(Double.NaN));
        assertEquals(FixedPoint.NONE, FixedPoint.micros(1e-7), "seven places");
        assertEquals(FixedPoint.NONE, FixedPoint.millis(0.0005), "four places at the value scale");
        assertEquals(1, FixedPoint.millis(0.001));
        assertEquals(FixedPoint.NONE, FixedPoint.millis(1e9));
        assertEquals(0, new BigDecimal("2.5E+300").compareTo(FixedPoint.exact(2.5e300)));
        assertEquals(0, new BigDecimal("1E-300").compareTo(FixedPoint.exact(1e-300)));
    }

    @Property
    void aDoubleStandsForTheOneDecimalOfFifteenDigitsThatReadsBackAsIt(
            @ForAll @LongRange(min = 1, max = 999_999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = -290, max = 290) int scale, @ForAll boolean negative) {
        BigDecimal decimal = BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
        double d = decimal.doubleValue();
        assertEquals(0, decimal.compareTo(FixedPoint.decimal(d)), () -> decimal + " as " + d);
    }

    @Property
    void anyDoubleReadsBackFromItsDecimal(@ForAll double d) {
        if (Double.isFinite(d)) {
            assertEquals(d, FixedPoint.decimal(d).doubleValue());
            assertEquals(d + 0.0, FixedPoint.exact(d).doubleValue());
        }
    }

    @Example
    void aDoubleWithoutAShortDecimalIsTheDecimalItPrintsAs() {
        double third = 1.0 / 3;
        assertEquals(new BigDecimal(Double.toString(third)), FixedPoint.decimal(third));
        assertEquals(new BigDecimal("0.1"), FixedPoint.decimal(0.1));
        assertEquals(new BigDecimal("1.23456789012345E+20"), FixedPoint.decimal(1.23456789012345e20));
    }

    @Property
    void aQuotientIsRoundedOnceFromTheExactValue(@ForAll("decimals") BigDecimal p, @ForAll("decimals") BigDecimal q) {
        if (q.signum() != 0) {
            assertEquals(p.divide(q, WIDE).doubleValue(), FixedPoint.quotient(p, q), () -> p + " / " + q);
        }
    }

    @Property
    void aRatioOfUnitsIsTheQuotientOfTheirDecimals(@ForAll @LongRange(min = 0, max = 1L << 56) long a,
            @ForAll @IntRange(min = 0, max = 9) int aScale, @ForAll @LongRange(min = 1, max = 1L << 56) long b,
            @ForAll @IntRange(min = 0, max = 9) int bScale, @ForAll boolean withExtra) {
        BigDecimal extra = withExtra ? new BigDecimal("0.000000000000000000007") : null;
        BigDecimal p = BigDecimal.valueOf(a, aScale);
        BigDecimal q = BigDecimal.valueOf(b, bScale);
        double expected = (withExtra ? p.add(extra) : p).divide(withExtra ? q.add(extra) : q, WIDE).doubleValue();
        assertEquals(expected, FixedPoint.ratio(a, aScale, extra, b, bScale, extra),
                () -> a + "e-" + aScale + " / " + b + "e-" + bScale);
        assertEquals(p.add(withExtra ? extra : BigDecimal.ZERO).doubleValue(),
                FixedPoint.toDouble(a, aScale, extra));
    }

    @Property
    void unitsReadAsADoubleAreRoundedOnce(@ForAll long units, @ForAll @IntRange(min = 0, max = 9) int scale) {
        assertEquals(BigDecimal.valueOf(units, scale).doubleValue(), FixedPoint.toDouble(units, scale, null));
    }

    @Property
    void aSumOverflowsExactlyWhenAddExactThrows(@ForAll long a, @ForAll long b) {
        boolean overflows;
        try {
            Math.addExact(a, b);
            overflows = false;
        } catch (ArithmeticException e) {
            overflows = true;
        }
        assertEquals(overflows, FixedPoint.addOverflows(a, b));
    }

    @Property
    void aPlainDecimalParsesToItsUnitsOnCharsAndOnBytes(@ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 9) int scale) {
        long expected = units(text, scale);
        char[] chars = (" " + text + " ").toCharArray();
        byte[] bytes = (" " + text + " ").getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, FixedPoint.parse(chars, 1, chars.length - 1, scale), text);
        assertEquals(expected, FixedPoint.parse(bytes, 1, bytes.length - 1, scale), text);
    }

    /** The units by the contract: plain digits, at most one inner point, under 15 digits, below 10⁹. */
    private static long units(String text, int scale) {
        if (!text.matches("[0-9]+(\\.[0-9]+)?") || text.replace(".", "").length() >= 15) {
            return FixedPoint.NONE;
        }
        BigDecimal v = new BigDecimal(text);
        if (v.scale() > scale || v.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            return FixedPoint.NONE;
        }
        return v.movePointRight(scale).longValueExact();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> plain = Combinators.combine(digits, digits, Arbitraries.integers().between(0, 2))
                .as((a, b, form) -> form == 0 ? a : a + "." + b);
        return Arbitraries.oneOf(plain, plain, Arbitraries.strings().withChars("0123456789.-+e ٣").ofMinLength(0)
                .ofMaxLength(12));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(40).negate(),
                java.math.BigInteger.TEN.pow(40)), Arbitraries.integers().between(-40, 60))
                .as(BigDecimal::new);
    }
}
