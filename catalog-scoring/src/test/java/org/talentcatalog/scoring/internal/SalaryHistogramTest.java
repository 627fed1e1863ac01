package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The salary histogram's weighted median against its definition (the smallest salary whose
 * cumulative weight reaches half the total, or the mean with the next at exactly half), in
 * {@code long} units and in exact decimals, and its sums when copies are added.
 */
class SalaryHistogramTest {

    /** A salary and a weight in units. */
    record Entry(double salary, long units) {
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<Double> salary = Arbitraries.integers().between(1, 12).map(i -> i * 1000.0);
        Arbitrary<Long> units = Arbitraries.longs().between(1, 6).map(u -> u * 500_000);
        return Combinators.combine(salary, units).as(Entry::new).list().ofMinSize(1).ofMaxSize(30);
    }

    /** The median by its definition, on the totals per salary. */
    private static double definition(List<Entry> entries, long times) {
        TreeMap<Double, BigDecimal> totals = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Entry e : entries) {
            BigDecimal w = BigDecimal.valueOf(e.units()).multiply(BigDecimal.valueOf(times));
            totals.merge(e.salary(), w, BigDecimal::add);
            total = total.add(w);
        }
        BigDecimal cumulative = BigDecimal.ZERO;
        Double previous = null;
        for (var t : totals.entrySet()) {
            if (previous != null) {
                return (previous + t.getKey()) / 2;
            }
            cumulative = cumulative.add(t.getValue());
            int cmp = cumulative.multiply(BigDecimal.valueOf(2)).compareTo(total);
            if (cmp > 0) {
                return t.getKey();
            }
            if (cmp == 0) {
                previous = t.getKey();
            }
        }
        return previous;
    }

    @Property(tries = 300)
    void theMedianMeetsItsDefinitionInUnitsAndInDecimals(@ForAll("entries") List<Entry> entries) {
        SalaryHistogram compact = new SalaryHistogram();
        SalaryHistogram exact = new SalaryHistogram();
        for (Entry e : entries) {
            compact.add(e.salary(), e.units());
            exact.add(e.salary(), BigDecimal.valueOf(e.units(), FixedPoint.WEIGHT_SCALE));
        }
        assertTrue(compact.isCompact());
        assertFalse(exact.isCompact());
        double want = definition(entries, 1);
        assertEquals(want, compact.weightedMedian());
        assertEquals(want, exact.weightedMedian());
        double[] salaries = entries.stream().mapToDouble(Entry::salary).distinct().sorted().toArray();
        assertArrayEquals(salaries, compact.salaries());
        assertEquals(salaries.length, compact.size());
        for (int i = 0; i < salaries.length; i++) {
            double s = salaries[i];
            assertEquals(entries.stream().filter(e -> e.salary() == s).mapToLong(Entry::units).sum(), compact.units(i));
        }
    }

    @Property(tries = 200)
    void copiesAddUp(@ForAll("entries") List<Entry> entries, @ForAll("entries") List<Entry> more,
                     @ForAll @IntRange(min = 1, max = 4) int times) {
        SalaryHistogram base = new SalaryHistogram();
        SalaryHistogram other = new SalaryHistogram();
        SalaryHistogram otherExact = new SalaryHistogram();
        for (Entry e : entries) {
            base.add(e.salary(), e.units());
        }
        for (Entry e : more) {
            other.add(e.salary(), e.units());
            otherExact.add(e.salary(), BigDecimal.valueOf(e.units(), FixedPoint.WEIGHT_SCALE));
        }
        SalaryHistogram copy = new SalaryHistogram();
        copy.addAll(base, 1);
        copy.addAll(other, times);
        SalaryHistogram copyExact = new SalaryHistogram();
        copyExact.addAll(base, 1);
        copyExact.addAll(otherExact, times);
        // the same as `times` copies of the other entries
        List<Entry> all = new java.util.ArrayList<>(entries);
        for (int t = 0; t < times; t++) {
            all.addAll(more);
        }
        assertEquals(definition(all, 1), copy.weightedMedian());
        assertEquals(definition(all, 1), copyExact.weightedMedian());
        assertTrue(copy.isCompact());
    }

    @Test
    void anEmptyHistogramHasNoMedian() {
        assertTrue(Double.isNaN(new SalaryHistogram().weightedMedian()));
        assertEquals(0, new SalaryHistogram().size());
    }

    @Test
    void exactlyHalfTakesTheMeanWithTheNextSalary() {
        SalaryHistogram h = new SalaryHistogram();
        h.add(9000, 2);
        h.add(3000, 1);
        h.add(5000, 1);
        assertEquals(7000, h.weightedMedian());
        h.add(9000, 1);
        assertEquals(9000, h.weightedMedian());
    }

    @Test
    void weightsBeyondALongSpillIntoDecimals() {
        SalaryHistogram h = new SalaryHistogram();
        h.add(1000, Long.MAX_VALUE - 1);
        h.add(1000, Long.MAX_VALUE - 1);
        h.add(2000, Long.MAX_VALUE - 1);
        h.add(3000, Long.MAX_VALUE - 1);
        assertFalse(h.isCompact());
        // 2 : 1 : 1, exactly half at 1000
        assertEquals(1500, h.weightedMedian());
        // a total over Long.MAX_VALUE / 2 in units alone, about 1 : 1 : 1: the middle salary
        SalaryHistogram big = new SalaryHistogram();
        big.add(1000, Long.MAX_VALUE / 4);
        big.add(2000, Long.MAX_VALUE / 4 + 1);
        big.add(3000, Long.MAX_VALUE / 4);
        assertTrue(big.isCompact());
        assertEquals(2000, big.weightedMedian());
        // copies that overflow a long when multiplied
        SalaryHistogram many = new SalaryHistogram();
        many.addAll(big, 4);
        assertEquals(2000, many.weightedMedian());
        many.addAll(h, 3);
        assertEquals(2000, many.weightedMedian());
    }

    @Test
    void theLongMedianSkipsZeroWeights() {
        double[] salaries = {1000, 2000, 3000, 4000};
        // exactly half at 2000: the mean with the next salary that has a weight
        assertEquals(3000, SalaryHistogram.median(salaries, new long[] {0, 2, 0, 2}, 0, 4, 4));
        assertEquals(2000, SalaryHistogram.median(salaries, new long[] {0, 2, 0, 0}, 0, 4, 2));
        assertEquals(4000, SalaryHistogram.median(salaries, new long[] {1, 1, 1, 3}, 1, 4, 5));
        assertTrue(Double.isNaN(SalaryHistogram.median(salaries, new long[] {0, 0, 0, 0}, 0, 4, 0)));
    }
}
