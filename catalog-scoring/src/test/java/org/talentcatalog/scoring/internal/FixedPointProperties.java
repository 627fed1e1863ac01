package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
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

    /**
     * Doubles that {@link Double#toString(double)} prints with 16 to 18 digits although a decimal of
     * 15 digits reads back as them: they stand for that decimal, so a weight written {@code 1e23}
     * is exactly 10²³.
     */
    @Example
    void aDoublePrintedLongerStandsForItsFifteenDigitDecimal() {
        String[] decimals = {"1E+23", "3.99445350363559E+16", "2.82879384806159E+17", "9.18625632030120E+17",
            "5.91480465912671E+18", "6.78144121944925E+16"};
        for (String text : decimals) {
            BigDecimal decimal = new BigDecimal(text);
            double d = decimal.doubleValue();
            assertEquals(0, decimal.compareTo(FixedPoint.decimal(d)), text);
            assertEquals(0, decimal.compareTo(FixedPoint.exact(d)), text);
            assertEquals(0, decimal.negate().compareTo(FixedPoint.decimal(-d)), text);
        }
    }

    @Example
    void theTextsNextToAPlainDecimalAreNotParsed() {
        String[] none = {".5", "5.", ".", "1..2", "1.2.3", "000000000000001", "0000000000000.01", "1000000000",
            "999999999.99999999", "+1", "-0", "1e3", " 1", ""};
        for (String text : none) {
            char[] chars = text.toCharArray();
            for (int scale : new int[] {3, 6}) {
                assertEquals(FixedPoint.NONE, FixedPoint.parse(chars, 0, chars.length, scale), text);
                byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                assertEquals(FixedPoint.NONE, FixedPoint.parse(bytes, 0, bytes.length, scale), text);
            }
        }
        assertEquals(1_000_000L, FixedPoint.parse("00000000000001".toCharArray(), 0, 14, 6), "14 digits, leading zeros");
        assertEquals(999_999_999_999L, FixedPoint.parse("999999999.999".getBytes(StandardCharsets.US_ASCII), 0, 13, 3));
        assertEquals(FixedPoint.NONE, FixedPoint.parse("0.1234".toCharArray(), 0, 6, 3), "four places at scale 3");
        assertEquals(123_400L, FixedPoint.parse("0.1234".toCharArray(), 0, 6, 6));
        assertEquals(5L, FixedPoint.parse("0.5".toCharArray(), 0, 3, 1));
        assertEquals(5L, FixedPoint.parse("5".toCharArray(), 0, 1, 0));
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
        checkRatio(a, aScale, b, bScale, withExtra);
    }

    /** Any units of either sign, any scales: the contract asks only for a divisor that is not zero. */
    @Property
    void aRatioOfAnyUnitsIsTheQuotientOfTheirDecimals(@ForAll long a, @ForAll @IntRange(min = 0, max = 14) int aScale,
            @ForAll long b, @ForAll @IntRange(min = 0, max = 14) int bScale, @ForAll boolean withExtra) {
        if (b != 0) {
            checkRatio(a, aScale, b, bScale, withExtra);
        }
    }

    @Example
    void aRatioAtTheEdgesOfExactDoubles() {
        long exact = 1L << 53;
        long[] units = {1, 3, 7, exact - 1, exact, exact + 1, 3 * exact + 1, Long.MAX_VALUE, -1, -3, -(exact + 1),
                Long.MIN_VALUE + 1, Long.MIN_VALUE};
        for (long a : units) {
            for (long b : units) {
                for (int aScale = 0; aScale <= 12; aScale += 3) {
                    for (int bScale = 0; bScale <= 12; bScale += 2) {
                        checkRatio(a, aScale, b, bScale, false);
                    }
                }
            }
        }
    }

    private static void checkRatio(long a, int aScale, long b, int bScale, boolean withExtra) {
        BigDecimal extra = withExtra ? new BigDecimal("0.000000000000000000007") : null;
        BigDecimal p = BigDecimal.valueOf(a, aScale);
        BigDecimal q = BigDecimal.valueOf(b, bScale);
        double expected = (withExtra ? p.add(extra) : p).divide(withExtra ? q.add(extra) : q, WIDE).doubleValue();
        assertEquals(expected, FixedPoint.ratio(a, aScale, extra, b, bScale, extra),
                () -> a + "e-" + aScale + " / " + b + "e-" + bScale);
        if (aScale <= 9) { // the scales of the sums: weights, values and their products
            assertEquals(p.add(withExtra ? extra : BigDecimal.ZERO).doubleValue(),
                    FixedPoint.toDouble(a, aScale, extra));
        }
    }

    /**
     * Quotients on and next to a tie between two doubles: an exact tie rounds to the even neighbour,
     * and a remainder however small past the tie rounds away from it (or, below it, towards it).
     */
    @Example
    void aQuotientNextToATieIsRoundedByItsWholeValue() {
        BigInteger tie = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE); // halfway between 2^53 and 2^53 + 2
        BigInteger evenUp = tie.add(BigInteger.TWO); // halfway between 2^53 + 2 and 2^53 + 4, the even one above
        for (BigInteger halfway : new BigInteger[] {tie, evenUp}) {
            for (long q : new long[] {1, 3, 10, 1_000_003, 1L << 20, (1L << 40) + 1, 999_999_999_989L}) {
                BigInteger divisor = BigInteger.valueOf(q);
                BigInteger exactly = halfway.multiply(divisor);
                for (BigInteger p : new BigInteger[] {exactly, exactly.add(BigInteger.ONE), exactly.subtract(BigInteger.ONE)}) {
                    for (int scale : new int[] {0, 6, -4}) {
                        BigDecimal dividend = new BigDecimal(p, scale);
                        BigDecimal d = new BigDecimal(divisor, scale);
                        double expected = dividend.divide(d, WIDE).doubleValue();
                        assertEquals(expected, FixedPoint.quotient(dividend, d), () -> p + " / " + q);
                        assertEquals(-expected, FixedPoint.quotient(dividend.negate(), d), () -> "-" + p + " / " + q);
                        assertEquals(-expected, FixedPoint.quotient(dividend, d.negate()), () -> p + " / -" + q);
                        assertEquals(expected, FixedPoint.quotient(dividend.negate(), d.negate()));
                    }
                }
            }
        }
        assertEquals(Math.pow(2, 53), FixedPoint.quotient(new BigDecimal(tie), BigDecimal.ONE), "a tie to even");
        assertEquals(Math.pow(2, 53) + 2, FixedPoint.quotient(new BigDecimal(tie.multiply(BigInteger.valueOf(3))
                .add(BigInteger.ONE)), BigDecimal.valueOf(3)), "a third past the tie");
    }

    @Property
    void unitsReadAsADoubleAreRoundedOnce(@ForAll long units, @ForAll @IntRange(min = -20, max = 40) int scale) {
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
        // plain numbers, and the forms next to them: a leading or trailing point, leading zeros
        // making 14 to 16 digits, two points
        Arbitrary<String> plain = Combinators.combine(digits, digits, Arbitraries.integers().between(0, 7))
                .as((a, b, form) -> switch (form) {
                    case 0, 1 -> a;
                    case 2 -> "." + b;
                    case 3 -> a + ".";
                    case 4 -> "0".repeat(Math.max(0, 14 + a.length() % 3 - b.length())) + b;
                    case 5 -> a + "." + b + "." + a;
                    default -> a + "." + b;
                });
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
