package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * The fast path of the bootstrap: a replicate's per-position sums are {@code Σ draws[r] · sums[r][p]}
 * over flat {@code long} arrays (respondent × position), its rows and total weight (the weights'
 * scale, {@link WeightScale}) {@code Σ draws[r] · total[r]} per respondent, and its weighted medians come from dense
 * per-position salary histograms indexed by salary rank — no objects per replicate beyond the
 * indicator table. Exact like the merge of {@link PositionAccumulator}s it replaces: every product
 * and sum is checked, and a replicate that would overflow returns {@code null} so the caller takes
 * the exact path. Only for tables without exact parts ({@link SurveyTable#hasExactParts()}).
 */
final class ReplicateSums {

    /** The weighted sums kept per position; rows and total weight are only needed per replicate. */
    private static final int K = PositionAccumulator.ROWS;

    private final SurveyTable table;
    private final int[] respondentStart;
    private final int[] pairsByRespondent;
    private final int[] pairPosition;
    private final long[] sums;
    private final long[] respondentRows;
    private final long[] respondentWeight;
    private final int[] entryStart;
    private final int[] entrySlot;
    private final int[] entryRank;
    private final long[] entryUnits;
    private final double[] salaryByRank;
    private final int[] slotStart;
    private final double[] salaryBySlot;
    private final int[] positionsById;
    private final long[] acc;
    private final int[] respondents;
    private final long[] slotWeights;
    private final long[] rankWeights;

    ReplicateSums(SurveyTable table) {
        this.table = table;
        int pairs = table.pairs();
        int nr = table.respondentCount();
        int np = table.positionCount();
        respondentStart = new int[nr + 1];
        for (int i = 0; i < pairs; i++) {
            respondentStart[table.respondent(i) + 1]++;
        }
        for (int r = 0; r < nr; r++) {
            respondentStart[r + 1] += respondentStart[r];
        }
        pairsByRespondent = new int[pairs];
        int[] fill = Arrays.copyOf(respondentStart, nr);
        pairPosition = new int[pairs];
        sums = new long[pairs * K];
        respondentRows = new long[nr];
        respondentWeight = new long[nr];
        for (int i = 0; i < pairs; i++) {
            int r = table.respondent(i);
            pairsByRespondent[fill[r]++] = i;
            pairPosition[i] = table.position(i);
            for (int k = 0; k < K; k++) {
                sums[i * K + k] = table.sum(i, k);
            }
            respondentRows[r] += table.sum(i, PositionAccumulator.ROWS);
            // a respondent's total weight past the long range makes every replicate take the exact path
            respondentWeight[r] = respondentWeight[r] < 0 ? -1
                    : FixedPoint.addOverflows(respondentWeight[r], table.sum(i, PositionAccumulator.WEIGHT)) ? -1
                    : respondentWeight[r] + table.sum(i, PositionAccumulator.WEIGHT);
        }
        // salary ranks over all rows
        int ns = table.salaryCount();
        Integer[] byValue = new Integer[ns];
        for (int i = 0; i < ns; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, Comparator.comparingDouble(table::salary));
        int[] rank = new int[ns];
        salaryByRank = new double[ns];
        for (int i = 0; i < ns; i++) {
            rank[byValue[i]] = i;
            salaryByRank[i] = table.salary(byValue[i]);
        }
        // distinct (position, rank) slots, grouped by position, ascending rank
        LongIntMap seen = new LongIntMap();
        entryStart = new int[pairs + 1];
        for (int i = 0; i < pairs; i++) {
            long[] e = table.salaryEntries(i);
            entryStart[i + 1] = entryStart[i] + e.length;
            for (long x : e) {
                seen.id((long) pairPosition[i] << 32 | rank[SurveyTable.salaryId(x)]);
            }
        }
        long[] slots = new long[seen.size()];
        int[] n = {0};
        seen.forEachKey(key -> slots[n[0]++] = key);
        Arrays.sort(slots);
        slotStart = new int[np + 1];
        salaryBySlot = new double[slots.length];
        for (int i = 0; i < slots.length; i++) {
            slotStart[(int) (slots[i] >>> 32) + 1]++;
            salaryBySlot[i] = salaryByRank[(int) slots[i]];
        }
        for (int p = 0; p < np; p++) {
            slotStart[p + 1] += slotStart[p];
        }
        int entries = entryStart[pairs];
        entrySlot = new int[entries];
        entryRank = new int[entries];
        entryUnits = new long[entries];
        for (int i = 0; i < pairs; i++) {
            long[] e = table.salaryEntries(i);
            for (int j = 0; j < e.length; j++) {
                int at = entryStart[i] + j;
                entryRank[at] = rank[SurveyTable.salaryId(e[j])];
                entrySlot[at] = Arrays.binarySearch(slots, (long) pairPosition[i] << 32 | entryRank[at]);
                entryUnits[at] = SurveyTable.salaryUnits(e[j]);
            }
        }
        Integer[] ids = new Integer[np];
        for (int p = 0; p < np; p++) {
            ids[p] = p;
        }
        Arrays.sort(ids, Comparator.comparing(table::positionId));
        positionsById = Arrays.stream(ids).mapToInt(Integer::intValue).toArray();
        acc = new long[np * K];
        respondents = new int[np];
        slotWeights = new long[slots.length];
        rankWeights = new long[ns];
    }

    /**
     * The indicator table of one replicate.
     *
     * @param draws how many times each respondent was drawn
     * @param options the zero-applicants convention
     * @return the table, or null if a sum would overflow (take the exact path)
     */
    IndicatorTable table(int[] draws, SurveyOptions options) {
        Arrays.fill(acc, 0);
        Arrays.fill(respondents, 0);
        Arrays.fill(slotWeights, 0);
        Arrays.fill(rankWeights, 0);
        try {
            for (int r = 0; r < draws.length; r++) {
                long d = draws[r];
                if (d == 0) {
                    continue;
                }
                for (int i = respondentStart[r]; i < respondentStart[r + 1]; i++) {
                    int pair = pairsByRespondent[i];
                    int p = pairPosition[pair];
                    respondents[p]++;
                    for (int k = 0; k < K; k++) {
                        acc[p * K + k] = Math.addExact(acc[p * K + k], Math.multiplyExact(sums[pair * K + k], d));
                    }
                    for (int e = entryStart[pair]; e < entryStart[pair + 1]; e++) {
                        long u = Math.multiplyExact(entryUnits[e], d);
                        slotWeights[entrySlot[e]] = Math.addExact(slotWeights[entrySlot[e]], u);
                        rankWeights[entryRank[e]] = Math.addExact(rankWeights[entryRank[e]], u);
                    }
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        long total = total(rankWeights, 0, rankWeights.length);
        if (total < 0) {
            return null;
        }
        double overall = total == 0 ? Double.NaN
                : SalaryHistogram.median(salaryByRank, rankWeights, 0, rankWeights.length, total);
        long rowCount = 0;
        long weight = 0;
        try {
            for (int r = 0; r < draws.length; r++) {
                if (draws[r] > 0) {
                    if (respondentWeight[r] < 0) {
                        return null;
                    }
                    rowCount = Math.addExact(rowCount, Math.multiplyExact(respondentRows[r], draws[r]));
                    weight = Math.addExact(weight, Math.multiplyExact(respondentWeight[r], draws[r]));
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        WeightScale scale = new WeightScale(rowCount, weight, null);
        List<PositionRow> rows = new ArrayList<>();
        for (int p : positionsById) {
            if (respondents[p] == 0) {
                continue;
            }
            long own = total(slotWeights, slotStart[p], slotStart[p + 1]);
            if (own < 0) {
                return null;
            }
            double median = own == 0 ? Double.NaN
                    : SalaryHistogram.median(salaryBySlot, slotWeights, slotStart[p], slotStart[p + 1], own);
            int o = p * K;
            SurveyIndicators.Sums sums = new SurveyIndicators.Sums() {
                @Override
                public double normalized(int k) {
                    return scale.of(acc[o + k], PositionAccumulator.scale(k), null);
                }

                @Override
                public double ratio(int k, int l) {
                    return FixedPoint.ratio(acc[o + k], PositionAccumulator.scale(k), null, acc[o + l],
                            PositionAccumulator.scale(l), null);
                }

                @Override
                public boolean positive(int k) {
                    return acc[o + k] > 0;
                }
            };
            rows.add(new PositionRow(table.positionId(p), table.name(p), table.industry(p),
                    SurveyIndicators.of(sums, median, respondents[p], overall, options), 0));
        }
        return new IndicatorTable(SurveyIndicators.IDS, rows, "survey");
    }

    /** The sum of {@code w[from, to)}, or -1 if it exceeds Long.MAX_VALUE / 2. */
    private static long total(long[] w, int from, int to) {
        long t = 0;
        for (int i = from; i < to; i++) {
            t += w[i];
            if (t > Long.MAX_VALUE / 2) {
                return -1;
            }
        }
        return t;
    }
}
