package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.talentcatalog.model.RespondentType;

/**
 * Survey rows summed per respondent × position, in primitive arrays: the per-respondent aggregates
 * that the bootstrap resamples, built in one streaming pass with no per-row objects.
 *
 * <p>Per pair: the exact sums of {@link PositionAccumulator} (rows, weights, weighted values) as {@code long} units
 * ({@link FixedPoint}), and the salary → weight histogram as a sorted {@code long[]} of packed
 * entries (salary id in the high 24 bits, weight units in the low 40). Anything outside those
 * ranges — a number with no fixed-point form, an overflow, more than 2²⁴ distinct salaries — goes
 * to an exact {@link BigDecimal} side part for that pair ({@link #hasExactParts()}).
 *
 * <p>Memory: pairs × 9 longs plus 8 bytes per distinct (respondent, position, salary), never per
 * row; with {@link #sumPerPosition()} the sums and salaries are per position and a pair costs a few
 * ints (then {@link #sum}, {@link #salaryEntries} and {@link #accumulator} are not per pair: use
 * {@link #positionAccumulator}). Not thread-safe while filled; read-only afterwards.
 */
public final class SurveyTable {

    private static final int ID_BITS = 24;
    private static final long UNIT_MASK = (1L << (64 - ID_BITS)) - 1;
    private static final long[] NO_SALARIES = new long[0];

    final CharDictionary respondents = new CharDictionary();
    final CharDictionary positions = new CharDictionary();
    final CharDictionary industries = new CharDictionary();
    final CharDictionary regions = new CharDictionary();
    private final LongIntMap pairIds = new LongIntMap();
    private final LongIntMap salaryIds = new LongIntMap();
    private final LongIntMap industrySeen = new LongIntMap();
    private final LongIntMap regionSeen = new LongIntMap();
    private final BitSet[] byType = new BitSet[RespondentType.values().length];
    private double[] salaryValues = new double[64];
    private String[] names = new String[16];
    private String[] positionIndustries = new String[16];
    private int[] pairRespondent = new int[64];
    private int[] pairPosition = new int[64];
    private long[] sums = new long[64 * PositionAccumulator.SUMS];
    private long[][] salaries = new long[64][];
    private int[] salaryLengths = new int[64];
    private final Map<Integer, PositionAccumulator> exact = new HashMap<>();
    private long rows;
    private boolean titleOnlyAccepted;
    private boolean salariesByPosition;
    private boolean sumsByPosition;
    private long[][] positionSalaries = new long[16][];
    private int[] positionSalaryLengths = new int[16];
    private long titleOnlyRows;

    /**
     * Accepts rows that give a free-text title (position_name) but no position_id: they are counted
     * ({@link #titleOnlyRows()}) and not aggregated, rather than being an error.
     */
    public void acceptTitleOnly() {
        titleOnlyAccepted = true;
    }

    /**
     * Keeps the salary histograms per position instead of per respondent × position (before any row):
     * enough for the aggregate, and far smaller, but no bootstrap over respondents.
     */
    public void keepSalariesPerPosition() {
        salariesByPosition = true;
    }

    /** Whether salaries are kept per position ({@link #positionSalaryEntries}) rather than per pair. */
    public boolean salariesPerPosition() {
        return salariesByPosition;
    }

    /** The packed salary entries of position {@code p} when kept per position (a copy). */
    public long[] positionSalaryEntries(int p) {
        return p < positionSalaries.length && positionSalaries[p] != null
                ? Arrays.copyOf(positionSalaries[p], positionSalaryLengths[p]) : NO_SALARIES;
    }

    /** Whether rows with only a free-text title are counted rather than refused. */
    public boolean acceptsTitleOnly() {
        return titleOnlyAccepted;
    }

    /** Counts one row that gave only a free-text title. */
    public void countTitleOnly() {
        titleOnlyRows++;
    }

    /** Number of rows with only a free-text title (counted, not aggregated). */
    public long titleOnlyRows() {
        return titleOnlyRows;
    }

    /** Number of rows added. */
    public long rows() {
        return rows;
    }

    /** Number of respondent × position pairs. */
    public int pairs() {
        return pairIds.size();
    }

    /** Whether some pair has an exact BigDecimal part (the bootstrap then takes its exact path). */
    public boolean hasExactParts() {
        return !exact.isEmpty();
    }

    /**
     * Sums per position instead of per respondent × position (before any row; implies
     * {@link #keepSalariesPerPosition()}): the pairs then only say which respondents answered for a
     * position. Enough for the aggregate, and the row's sums stay in cache, but no bootstrap.
     */
    public void sumPerPosition() {
        salariesByPosition = true;
        sumsByPosition = true;
    }

    /** Whether sums are kept per position ({@link #positionAccumulator}) rather than per pair. */
    public boolean sumsPerPosition() {
        return sumsByPosition;
    }

    /** The pair of respondent {@code r} and position {@code p}, created if new. */
    public int pair(int r, int p) {
        int before = pairIds.size();
        int id = pairIds.id((long) r << 32 | p);
        if (id == before) {
            if (id == pairRespondent.length) {
                int n = id * 2;
                pairRespondent = Arrays.copyOf(pairRespondent, n);
                pairPosition = Arrays.copyOf(pairPosition, n);
                if (!sumsByPosition) {
                    sums = Arrays.copyOf(sums, n * PositionAccumulator.SUMS);
                    salaries = Arrays.copyOf(salaries, n);
                    salaryLengths = Arrays.copyOf(salaryLengths, n);
                }
            }
            pairRespondent[id] = r;
            pairPosition[id] = p;
            if (sumsByPosition && (p + 1) * PositionAccumulator.SUMS > sums.length) {
                sums = Arrays.copyOf(sums, Math.max((p + 1) * PositionAccumulator.SUMS, sums.length * 2));
            }
        }
        return id;
    }

    /** Where the sums of a pair are kept: the pair, or its position. */
    private int slot(int pair) {
        return sumsByPosition ? pairPosition[pair] : pair;
    }

    /** Counts one row (call once per row, whichever add method takes its numbers). */
    public void countRow() {
        rows++;
    }

    /** Records the coverage of one row: respondent {@code r} has a type, an industry and a region. */
    public void cover(int r, RespondentType type, int industry, int region) {
        BitSet set = byType[type.ordinal()];
        if (set == null) {
            set = byType[type.ordinal()] = new BitSet();
        }
        set.set(r);
        industrySeen.id((long) industry << 32 | r);
        regionSeen.id((long) region << 32 | r);
    }

    /** Merges the name and industry labels of position {@code p}. */
    public void label(int p, char[] chars, int nameFrom, int nameTo, int industryFrom, int industryTo) {
        if (p >= names.length) {
            names = Arrays.copyOf(names, Math.max(p + 1, names.length * 2));
            positionIndustries = Arrays.copyOf(positionIndustries, names.length);
        }
        names[p] = pick(names[p], chars, nameFrom, nameTo);
        positionIndustries[p] = pick(positionIndustries[p], chars, industryFrom, industryTo);
    }

    /** Merges the name and industry labels of position {@code p}, given as text. */
    public void label(int p, String name, String industry) {
        if (p >= names.length) {
            names = Arrays.copyOf(names, Math.max(p + 1, names.length * 2));
            positionIndustries = Arrays.copyOf(positionIndustries, names.length);
        }
        names[p] = PositionAccumulator.pick(names[p] == null ? "" : names[p], name);
        positionIndustries[p] = PositionAccumulator.pick(positionIndustries[p] == null ? "" : positionIndustries[p], industry);
    }

    private static String pick(String current, char[] chars, int from, int to) {
        if (current != null && current.length() == to - from && current.contentEquals(java.nio.CharBuffer.wrap(chars, from, to - from))) {
            return current;
        }
        return PositionAccumulator.pick(current == null ? "" : current, new String(chars, from, to - from));
    }

    /**
     * Adds a row in fixed-point units: weight {@code w} (10⁻⁶), the values in 10⁻³ ({@code days} and
     * {@code difficulty} {@link FixedPoint#NONE} when absent), salary NaN when absent.
     *
     * @return false, changing nothing, if a product or sum would overflow (use {@link #addExact})
     */
    public boolean add(int pair, long w, long vacancies, long applicants, long hires, long days, long difficulty,
            double salary) {
        int o = slot(pair) * PositionAccumulator.SUMS;
        long[] s = sums;
        long pv;
        long pa;
        long ph;
        long pd;
        long pf;
        long pw;
        try {
            pv = Math.addExact(s[o], Math.multiplyExact(w, vacancies));
            pa = Math.addExact(s[o + 1], Math.multiplyExact(w, applicants));
            ph = Math.addExact(s[o + 2], Math.multiplyExact(w, hires));
            pd = days == FixedPoint.NONE ? s[o + 3] : Math.addExact(s[o + 3], Math.multiplyExact(w, days));
            pf = difficulty == FixedPoint.NONE ? s[o + 4] : Math.addExact(s[o + 4], Math.multiplyExact(w, difficulty));
            if (days != FixedPoint.NONE) {
                Math.addExact(s[o + 5], w);
            }
            if (difficulty != FixedPoint.NONE) {
                Math.addExact(s[o + 6], w);
            }
            pw = Math.addExact(s[o + PositionAccumulator.WEIGHT], w);
        } catch (ArithmeticException overflow) {
            return sumsByPosition && spill(o) && add(pair, w, vacancies, applicants, hires, days, difficulty, salary);
        }
        if (!Double.isNaN(salary) && !addSalary(pair, salary, w)) {
            return false;
        }
        s[o] = pv;
        s[o + 1] = pa;
        s[o + 2] = ph;
        s[o + 3] = pd;
        s[o + 4] = pf;
        if (days != FixedPoint.NONE) {
            s[o + 5] += w;
        }
        if (difficulty != FixedPoint.NONE) {
            s[o + 6] += w;
        }
        s[o + PositionAccumulator.ROWS]++;
        s[o + PositionAccumulator.WEIGHT] = pw;
        return true;
    }

    /** Moves the long sums at offset {@code o} into the exact part; false when they are all zero. */
    private boolean spill(int o) {
        boolean any = false;
        for (int k = 0; k < PositionAccumulator.SUMS; k++) {
            if (k != PositionAccumulator.ROWS && sums[o + k] != 0) {
                exact.computeIfAbsent(o / PositionAccumulator.SUMS, x -> new PositionAccumulator())
                        .addExtra(k, FixedPoint.decimal(sums[o + k], PositionAccumulator.scale(k)));
                sums[o + k] = 0;
                any = true;
            }
        }
        return any;
    }

    private boolean addSalary(int pair, double salary, long w) {
        long bits = Double.doubleToRawLongBits(salary);
        int id = salaryIds.id(bits == Long.MIN_VALUE ? 0x7ff8000000000001L : bits);
        if (id == salaryValues.length) {
            salaryValues = Arrays.copyOf(salaryValues, id * 2);
        }
        salaryValues[id] = salary;
        if (id >= 1 << ID_BITS || w > UNIT_MASK) {
            return false;
        }
        long[][] store = salaries;
        int[] lengths = salaryLengths;
        int slot = pair;
        if (salariesByPosition) {
            slot = pairPosition[pair];
            if (slot >= positionSalaries.length) {
                int n = Math.max(slot + 1, positionSalaries.length * 2);
                positionSalaries = Arrays.copyOf(positionSalaries, n);
                positionSalaryLengths = Arrays.copyOf(positionSalaryLengths, n);
            }
            store = positionSalaries;
            lengths = positionSalaryLengths;
        }
        long[] e = store[slot] == null ? NO_SALARIES : store[slot];
        long key = (long) id << (64 - ID_BITS);
        int n = lengths[slot];
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = e[mid] & ~UNIT_MASK;
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                long units = (e[mid] & UNIT_MASK) + w;
                if (units > UNIT_MASK) {
                    return false;
                }
                e[mid] = key | units;
                return true;
            }
        }
        if (n == e.length) {
            e = Arrays.copyOf(e, n + 2 + (n >> 2));
            store[slot] = e;
        }
        System.arraycopy(e, lo, e, lo + 1, n - lo);
        e[lo] = key | w;
        lengths[slot] = n + 1;
        return true;
    }

    /** Adds a row exactly (for numbers with no fixed-point form or on overflow). */
    public void addExact(int pair, BigDecimal w, BigDecimal vacancies, BigDecimal applicants, BigDecimal hires,
            BigDecimal days, BigDecimal difficulty, double salary) {
        int slot = slot(pair);
        PositionAccumulator a = exact.computeIfAbsent(slot, k -> new PositionAccumulator());
        sums[slot * PositionAccumulator.SUMS + PositionAccumulator.ROWS]++;
        a.addExtra(PositionAccumulator.WEIGHT, w);
        a.addExtra(PositionAccumulator.VACANCIES, w.multiply(vacancies));
        a.addExtra(PositionAccumulator.APPLICANTS, w.multiply(applicants));
        a.addExtra(PositionAccumulator.HIRES, w.multiply(hires));
        if (days != null) {
            a.addExtra(PositionAccumulator.DAYS, w.multiply(days));
            a.addExtra(PositionAccumulator.DAYS_WEIGHT, w);
        }
        if (difficulty != null) {
            a.addExtra(PositionAccumulator.DIFFICULTY, w.multiply(difficulty));
            a.addExtra(PositionAccumulator.DIFFICULTY_WEIGHT, w);
        }
        if (!Double.isNaN(salary)) {
            a.salaries.add(salary, w);
        }
    }

    /** The respondent of a pair. */
    public int respondent(int pair) {
        return pairRespondent[pair];
    }

    /** The position of a pair. */
    public int position(int pair) {
        return pairPosition[pair];
    }

    /** Sum {@code k} of a pair, in units (without any exact part). */
    public long sum(int pair, int k) {
        return sums[pair * PositionAccumulator.SUMS + k];
    }

    /**
     * The packed salary entries of a pair, ascending by salary id (a copy); see {@link #salaryId} and
     * {@link #salaryUnits}.
     */
    public long[] salaryEntries(int pair) {
        return salaries[pair] == null ? NO_SALARIES : Arrays.copyOf(salaries[pair], salaryLengths[pair]);
    }

    /** The salary id of a packed entry. */
    public static int salaryId(long entry) {
        return (int) (entry >>> (64 - ID_BITS));
    }

    /** The weight units of a packed entry. */
    public static long salaryUnits(long entry) {
        return entry & UNIT_MASK;
    }

    /** Number of distinct salaries. */
    public int salaryCount() {
        return salaryIds.size();
    }

    /** The salary with id {@code id}. */
    public double salary(int id) {
        return salaryValues[id];
    }

    /** The name label of position {@code p}. */
    public String name(int p) {
        return p < names.length && names[p] != null ? names[p] : "";
    }

    /** The industry label of position {@code p}. */
    public String industry(int p) {
        return p < positionIndustries.length && positionIndustries[p] != null ? positionIndustries[p] : "";
    }

    /**
     * The sums of position {@code p} when kept per position ({@link #sumPerPosition()}), with its
     * label and exact parts, without respondents or salaries.
     */
    public PositionAccumulator positionAccumulator(int p) {
        PositionAccumulator a = new PositionAccumulator();
        a.label(name(p), industry(p));
        for (int k = 0; k < PositionAccumulator.SUMS; k++) {
            a.addUnits(k, sums[p * PositionAccumulator.SUMS + k]);
        }
        PositionAccumulator x = exact.get(p);
        if (x != null) {
            a.merge(x, 1);
        }
        return a;
    }

    /** Adds the respondent of {@code pair} to {@code into} (the accumulator of the pair's position). */
    public void addRespondent(int pair, PositionAccumulator into) {
        into.respondents.add(respondents.get(pairRespondent[pair]));
    }

    /**
     * The pair as a {@link PositionAccumulator} (one respondent, its exact parts included), for the
     * exact paths.
     */
    public PositionAccumulator accumulator(int pair) {
        PositionAccumulator a = new PositionAccumulator();
        int p = pairPosition[pair];
        a.label(name(p), industry(p));
        a.respondents.add(respondents.get(pairRespondent[pair]));
        for (int k = 0; k < PositionAccumulator.SUMS; k++) {
            a.addUnits(k, sum(pair, k));
        }
        for (long e : salaryEntries(pair)) {
            a.salaries.add(salaryValues[salaryId(e)], salaryUnits(e));
        }
        PositionAccumulator x = exact.get(pair);
        if (x != null) {
            a.merge(x, 1);
        }
        return a;
    }

    /** Respondents of each type, as a set of respondent ids. */
    public BitSet respondentsOfType(RespondentType type) {
        BitSet set = byType[type.ordinal()];
        return set == null ? new BitSet() : (BitSet) set.clone();
    }

    /** Calls {@code action} with every (industry, respondent id) seen. */
    public void forEachIndustryRespondent(java.util.function.BiConsumer<String, String> action) {
        industrySeen.forEachKey(k -> action.accept(industries.get((int) (k >>> 32)), respondents.get((int) k)));
    }

    /** Calls {@code action} with every (region, respondent id) seen. */
    public void forEachRegionRespondent(java.util.function.BiConsumer<String, String> action) {
        regionSeen.forEachKey(k -> action.accept(regions.get((int) (k >>> 32)), respondents.get((int) k)));
    }

    /** Number of distinct respondents. */
    public int respondentCount() {
        return respondents.size();
    }

    /** The id of respondent {@code r}. */
    public String respondentId(int r) {
        return respondents.get(r);
    }

    /** Number of distinct positions. */
    public int positionCount() {
        return positions.size();
    }

    /** The id of position {@code p}. */
    public String positionId(int p) {
        return positions.get(p);
    }
}
