package org.talentcatalog.scoring.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.talentcatalog.scoring.SurveySample;

/**
 * The running sums of one position, exact: the number of rows, and every weighted sum (the weights'
 * total among them) as a {@code long} in fixed-point units
 * ({@link FixedPoint}) plus, only for rows outside the scale or on overflow, a {@link BigDecimal}
 * part. Merging partial accumulators in any grouping or order therefore gives bit-for-bit the
 * one-pass answer. The weighted median salary is exact too: the accumulator keeps the salary → total
 * weight histogram ({@link SalaryHistogram}), bounded by the number of distinct salaries.
 */
public final class PositionAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Index of Σ w·vacancies (units of 10⁻⁹). */
    public static final int VACANCIES = 0;
    /** Index of Σ w·applicants. */
    public static final int APPLICANTS = 1;
    /** Index of Σ w·hires. */
    public static final int HIRES = 2;
    /** Index of Σ w·days_to_fill. */
    public static final int DAYS = 3;
    /** Index of Σ w·difficulty. */
    public static final int DIFFICULTY = 4;
    /** Index of Σ w over rows with days to fill (units of 10⁻⁶). */
    public static final int DAYS_WEIGHT = 5;
    /** Index of Σ w over rows with a difficulty (units of 10⁻⁶). */
    public static final int DIFFICULTY_WEIGHT = 6;
    /** Index of the number of rows (units of 1). */
    public static final int ROWS = 7;
    /** Index of Σ w over all rows (units of 10⁻⁶). */
    public static final int WEIGHT = 8;
    /** Number of sums. */
    public static final int SUMS = 9;

    String name = "";
    String industry = "";
    final Set<String> respondents = new HashSet<>();
    final long[] sums = new long[SUMS];
    BigDecimal[] extra;
    final SalaryHistogram salaries = new SalaryHistogram();

    /** The decimal places of sum {@code k}. */
    public static int scale(int k) {
        return k == ROWS ? 0 : k >= DAYS_WEIGHT ? FixedPoint.WEIGHT_SCALE : FixedPoint.PRODUCT_SCALE;
    }

    /** The position name (first non-empty in code-point order when rows disagree). */
    public String name() {
        return name;
    }

    /** The industry (first non-empty in code-point order when rows disagree). */
    public String industry() {
        return industry;
    }

    /** The salary histogram (live, not a copy). */
    public SalaryHistogram salaries() {
        return salaries;
    }

    /** Number of distinct respondents. */
    public int respondentCount() {
        return respondents.size();
    }

    /** The sums as the indicators read them, normalised by the weights' scale over all positions. */
    SurveyIndicators.Sums sums(WeightScale scale) {
        return new SurveyIndicators.Sums() {
            @Override
            public double normalized(int k) {
                return scale.of(sums[k], scale(k), part(k));
            }

            @Override
            public double ratio(int k, int l) {
                return FixedPoint.ratio(sums[k], scale(k), part(k), sums[l], scale(l), part(l));
            }

            @Override
            public boolean positive(int k) {
                return PositionAccumulator.this.positive(k);
            }
        };
    }

    private BigDecimal part(int k) {
        return extra == null ? null : extra[k];
    }

    /** Whether sum {@code k} is positive. */
    boolean positive(int k) {
        if (extra == null || extra[k] == null) {
            return sums[k] > 0;
        }
        return FixedPoint.decimal(sums[k], scale(k)).add(extra[k]).signum() > 0;
    }

    /** Adds one survey row. */
    public void add(SurveySample s) {
        name = pick(name, s.positionName());
        industry = pick(industry, s.industry());
        respondents.add(s.respondentId());
        addUnits(ROWS, 1);
        long w = FixedPoint.micros(s.weight());
        if (w == FixedPoint.NONE || !addFixed(w, s)) {
            addExact(s);
        }
    }

    private boolean addFixed(long w, SurveySample s) {
        long v = FixedPoint.millis(s.vacancies());
        long a = FixedPoint.millis(s.applicants());
        long h = FixedPoint.millis(s.hires());
        Double days = s.daysToFill();
        Double difficulty = s.difficulty();
        Double salary = s.offeredSalary();
        long d = days != null ? FixedPoint.millis(days) : 0;
        long f = difficulty != null ? FixedPoint.millis(difficulty) : 0;
        if (v == FixedPoint.NONE || a == FixedPoint.NONE || h == FixedPoint.NONE || d == FixedPoint.NONE
                || f == FixedPoint.NONE) {
            return false;
        }
        try {
            long pv = Math.multiplyExact(w, v);
            long pa = Math.multiplyExact(w, a);
            long ph = Math.multiplyExact(w, h);
            long pd = Math.multiplyExact(w, d);
            long pf = Math.multiplyExact(w, f);
            addUnits(VACANCIES, pv);
            addUnits(APPLICANTS, pa);
            addUnits(HIRES, ph);
            addUnits(WEIGHT, w);
            if (days != null) {
                addUnits(DAYS, pd);
                addUnits(DAYS_WEIGHT, w);
            }
            if (difficulty != null) {
                addUnits(DIFFICULTY, pf);
                addUnits(DIFFICULTY_WEIGHT, w);
            }
        } catch (ArithmeticException overflow) {
            return false;
        }
        if (salary != null) {
            salaries.add(salary, w);
        }
        return true;
    }

    private void addExact(SurveySample s) {
        BigDecimal w = FixedPoint.exact(s.weight());
        Double days = s.daysToFill();
        Double difficulty = s.difficulty();
        Double salary = s.offeredSalary();
        addExtra(VACANCIES, w.multiply(FixedPoint.exact(s.vacancies())));
        addExtra(APPLICANTS, w.multiply(FixedPoint.exact(s.applicants())));
        addExtra(HIRES, w.multiply(FixedPoint.exact(s.hires())));
        addExtra(WEIGHT, w);
        if (days != null) {
            addExtra(DAYS, w.multiply(FixedPoint.exact(days)));
            addExtra(DAYS_WEIGHT, w);
        }
        if (difficulty != null) {
            addExtra(DIFFICULTY, w.multiply(FixedPoint.exact(difficulty)));
            addExtra(DIFFICULTY_WEIGHT, w);
        }
        if (salary != null) {
            salaries.add(salary, w);
        }
    }

    /** Adds {@code units} to sum {@code k}, spilling to the exact part on overflow. */
    void addUnits(int k, long units) {
        if (FixedPoint.addOverflows(sums[k], units)) {
            addExtra(k, FixedPoint.decimal(units, scale(k)));
        } else {
            sums[k] += units;
        }
    }

    /** Adds an exact amount to sum {@code k}. */
    void addExtra(int k, BigDecimal amount) {
        if (extra == null) {
            extra = new BigDecimal[SUMS];
        }
        extra[k] = extra[k] == null ? amount : extra[k].add(amount);
    }

    /** Merges a label, keeping the order-independent choice. */
    void label(String positionName, String positionIndustry) {
        name = pick(name, positionName);
        industry = pick(industry, positionIndustry);
    }

    /**
     * Adds {@code times} copies of another accumulator (as if its rows were repeated).
     *
     * @param other the accumulator to add; not changed
     * @param times how many copies, ≥ 1
     */
    public void merge(PositionAccumulator other, int times) {
        label(other.name, other.industry);
        respondents.addAll(other.respondents);
        for (int k = 0; k < SUMS; k++) {
            long u = other.sums[k];
            long hi = Math.multiplyHigh(u, times);
            long lo = u * times;
            if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                addUnits(k, lo);
            } else {
                addExtra(k, FixedPoint.decimal(u, scale(k)).multiply(BigDecimal.valueOf(times)));
            }
            if (other.extra != null && other.extra[k] != null) {
                addExtra(k, times == 1 ? other.extra[k] : other.extra[k].multiply(BigDecimal.valueOf(times)));
            }
        }
        salaries.addAll(other.salaries, times);
    }

    /** Order-independent choice between two labels: the first non-empty one in code-point order. */
    static String pick(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }
}
