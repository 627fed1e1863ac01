package org.talentcatalog.scoring.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * An exact salary → total weight histogram in sorted primitive arrays: weights are {@code long}
 * units of 10⁻⁶ ({@link FixedPoint}), with a {@link BigDecimal} part per salary only for weights that
 * have no such form or for sums that would overflow. Not thread-safe.
 */
public final class SalaryHistogram implements Serializable {

    private static final long serialVersionUID = 1L;

    private double[] salaries = new double[4];
    private long[] units = new long[4];
    private BigDecimal[] extra;
    private int size;

    /** Number of distinct salaries. */
    public int size() {
        return size;
    }

    /** Whether every weight is held in {@code long} units alone. */
    public boolean isCompact() {
        return extra == null;
    }

    /** The distinct salaries, ascending (a copy). */
    public double[] salaries() {
        return Arrays.copyOf(salaries, size);
    }

    /** The weight units of the salary at {@code index} (without any BigDecimal part). */
    public long units(int index) {
        return units[index];
    }

    /** Adds a weight in units of 10⁻⁶. */
    public void add(double salary, long weightUnits) {
        int i = slot(salary);
        if (FixedPoint.addOverflows(units[i], weightUnits)) {
            addExtra(i, FixedPoint.decimal(weightUnits, FixedPoint.WEIGHT_SCALE));
        } else {
            units[i] += weightUnits;
        }
    }

    /** Adds an exact weight. */
    public void add(double salary, BigDecimal weight) {
        addExtra(slot(salary), weight);
    }

    /** Adds {@code times} copies of another histogram. */
    public void addAll(SalaryHistogram other, int times) {
        for (int j = 0; j < other.size; j++) {
            double s = other.salaries[j];
            long u = other.units[j];
            long scaled = times == 1 ? u : multiplyOrNone(u, times);
            if (scaled == FixedPoint.NONE) {
                add(s, FixedPoint.decimal(u, FixedPoint.WEIGHT_SCALE).multiply(BigDecimal.valueOf(times)));
            } else if (scaled != 0) {
                add(s, scaled);
            }
            if (other.extra != null && other.extra[j] != null) {
                add(s, times == 1 ? other.extra[j] : other.extra[j].multiply(BigDecimal.valueOf(times)));
            }
        }
    }

    private static long multiplyOrNone(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? lo : FixedPoint.NONE;
    }

    private void addExtra(int i, BigDecimal w) {
        if (extra == null) {
            extra = new BigDecimal[salaries.length];
        }
        extra[i] = extra[i] == null ? w : extra[i].add(w);
    }

    private int slot(double salary) {
        int i = Arrays.binarySearch(salaries, 0, size, salary);
        if (i >= 0) {
            return i;
        }
        i = -i - 1;
        if (size == salaries.length) {
            int n = size * 2;
            salaries = Arrays.copyOf(salaries, n);
            units = Arrays.copyOf(units, n);
            if (extra != null) {
                extra = Arrays.copyOf(extra, n);
            }
        }
        System.arraycopy(salaries, i, salaries, i + 1, size - i);
        System.arraycopy(units, i, units, i + 1, size - i);
        if (extra != null) {
            System.arraycopy(extra, i, extra, i + 1, size - i);
            extra[i] = null;
        }
        salaries[i] = salary;
        units[i] = 0;
        size++;
        return i;
    }

    /**
     * The exact lower weighted median: the smallest salary whose cumulative weight reaches half the
     * total; when the cumulative weight equals exactly half, the mean of that salary and the next
     * (which is the ordinary median for unit weights and an even count).
     *
     * @return the median, or NaN for an empty histogram
     */
    public double weightedMedian() {
        if (size == 0) {
            return Double.NaN;
        }
        if (extra == null) {
            long total = 0;
            boolean fits = true;
            for (int i = 0; i < size && fits; i++) {
                fits = !FixedPoint.addOverflows(total, units[i]);
                total += units[i];
            }
            if (fits && total <= Long.MAX_VALUE / 2) {
                return median(salaries, units, 0, size, total);
            }
        }
        BigDecimal[] w = new BigDecimal[size];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < size; i++) {
            w[i] = FixedPoint.decimal(units[i], FixedPoint.WEIGHT_SCALE);
            if (extra != null && extra[i] != null) {
                w[i] = w[i].add(extra[i]);
            }
            total = total.add(w[i]);
        }
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int i = 0; i < size; i++) {
            cumulative = cumulative.add(w[i]);
            int cmp = cumulative.multiply(BigDecimal.valueOf(2)).compareTo(total);
            if (cmp > 0 || cmp == 0 && i == size - 1) {
                return salaries[i];
            }
            if (cmp == 0) {
                return (salaries[i] + salaries[i + 1]) / 2;
            }
        }
        return salaries[size - 1];
    }

    /**
     * The weighted median of {@code salaries[from, size)} (ascending) with {@code long} weights
     * summing to {@code total} ≤ Long.MAX_VALUE / 2; zero weights are skipped as if absent.
     */
    static double median(double[] salaries, long[] weights, int from, int size, long total) {
        long cumulative = 0;
        for (int i = from; i < size; i++) {
            if (weights[i] == 0) {
                continue;
            }
            cumulative += weights[i];
            long twice = cumulative * 2;
            if (twice > total) {
                return salaries[i];
            }
            if (twice == total) {
                int next = i + 1;
                while (next < size && weights[next] == 0) {
                    next++;
                }
                return next < size ? (salaries[i] + salaries[next]) / 2 : salaries[i];
            }
        }
        return Double.NaN;
    }
}
