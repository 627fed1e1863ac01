package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentcatalog.scoring.SurveySample;

/**
 * The running sums of one position. Every weighted sum is kept exactly ({@link BigDecimal} of the
 * exact products of two doubles), so merging partial accumulators in any grouping or order gives
 * bit-for-bit the one-pass answer. The weighted median salary is exact too: the accumulator keeps the
 * salary → total weight histogram, whose size is bounded by the number of distinct salaries.
 */
public final class PositionAccumulator {

    String name = "";
    String industry = "";
    final Set<String> respondents = new HashSet<>();
    BigDecimal vacancies = BigDecimal.ZERO;
    BigDecimal applicants = BigDecimal.ZERO;
    BigDecimal hires = BigDecimal.ZERO;
    BigDecimal days = BigDecimal.ZERO;
    BigDecimal daysWeight = BigDecimal.ZERO;
    BigDecimal difficulty = BigDecimal.ZERO;
    BigDecimal difficultyWeight = BigDecimal.ZERO;
    final TreeMap<Double, BigDecimal> salaries = new TreeMap<>();

    /** The position name (first non-empty in code-point order when rows disagree). */
    public String name() {
        return name;
    }

    /** The industry (first non-empty in code-point order when rows disagree). */
    public String industry() {
        return industry;
    }

    /** Number of distinct respondents. */
    public int respondentCount() {
        return respondents.size();
    }

    /** Adds one survey row. */
    public void add(SurveySample s) {
        name = pick(name, s.positionName());
        industry = pick(industry, s.industry());
        respondents.add(s.respondentId());
        BigDecimal w = new BigDecimal(s.weight());
        vacancies = vacancies.add(w.multiply(new BigDecimal(s.vacancies())));
        applicants = applicants.add(w.multiply(new BigDecimal(s.applicants())));
        hires = hires.add(w.multiply(new BigDecimal(s.hires())));
        if (s.daysToFill().isPresent()) {
            days = days.add(w.multiply(new BigDecimal(s.daysToFill().getAsDouble())));
            daysWeight = daysWeight.add(w);
        }
        if (s.difficulty().isPresent()) {
            difficulty = difficulty.add(w.multiply(new BigDecimal(s.difficulty().getAsDouble())));
            difficultyWeight = difficultyWeight.add(w);
        }
        if (s.offeredSalary().isPresent()) {
            salaries.merge(s.offeredSalary().getAsDouble(), w, BigDecimal::add);
        }
    }

    /**
     * Adds {@code times} copies of another accumulator (as if its rows were repeated).
     *
     * @param other the accumulator to add; not changed
     * @param times how many copies, ≥ 1
     */
    public void merge(PositionAccumulator other, int times) {
        BigDecimal k = BigDecimal.valueOf(times);
        name = pick(name, other.name);
        industry = pick(industry, other.industry);
        respondents.addAll(other.respondents);
        vacancies = vacancies.add(scale(other.vacancies, k, times));
        applicants = applicants.add(scale(other.applicants, k, times));
        hires = hires.add(scale(other.hires, k, times));
        days = days.add(scale(other.days, k, times));
        daysWeight = daysWeight.add(scale(other.daysWeight, k, times));
        difficulty = difficulty.add(scale(other.difficulty, k, times));
        difficultyWeight = difficultyWeight.add(scale(other.difficultyWeight, k, times));
        mergeHistogram(salaries, other.salaries, times);
    }

    /** Adds {@code times} copies of a salary histogram to another. */
    static void mergeHistogram(TreeMap<Double, BigDecimal> into, TreeMap<Double, BigDecimal> from, int times) {
        BigDecimal k = BigDecimal.valueOf(times);
        for (Map.Entry<Double, BigDecimal> e : from.entrySet()) {
            into.merge(e.getKey(), scale(e.getValue(), k, times), BigDecimal::add);
        }
    }

    private static BigDecimal scale(BigDecimal v, BigDecimal k, int times) {
        return times == 1 ? v : v.multiply(k);
    }

    /** Order-independent choice between two labels: the first non-empty one in code-point order. */
    private static String pick(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The exact lower weighted median: the smallest salary whose cumulative weight reaches half the
     * total; when the cumulative weight equals exactly half, the mean of that salary and the next
     * (which is the ordinary median for unit weights and an even count).
     *
     * @return the median, or NaN for an empty histogram
     */
    static double weightedMedian(TreeMap<Double, BigDecimal> histogram) {
        if (histogram.isEmpty()) {
            return Double.NaN;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : histogram.values()) {
            total = total.add(w);
        }
        BigDecimal cumulative = BigDecimal.ZERO;
        var it = histogram.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Double, BigDecimal> e = it.next();
            cumulative = cumulative.add(e.getValue());
            int cmp = cumulative.multiply(BigDecimal.valueOf(2)).compareTo(total);
            if (cmp > 0 || cmp == 0 && !it.hasNext()) {
                return e.getKey();
            }
            if (cmp == 0) {
                return (e.getKey() + it.next().getKey()) / 2;
            }
        }
        return histogram.lastKey();
    }
}
