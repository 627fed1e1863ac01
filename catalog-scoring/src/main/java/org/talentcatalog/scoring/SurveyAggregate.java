package org.talentcatalog.scoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.scoring.internal.FixedPoint;
import org.talentcatalog.scoring.internal.PositionAccumulator;
import org.talentcatalog.scoring.internal.SalaryHistogram;
import org.talentcatalog.scoring.internal.SurveyIndicators;
import org.talentcatalog.scoring.internal.SurveyTable;

/**
 * A mergeable aggregate of survey samples: per position the exact weighted sums behind the standard
 * indicators, plus the respondent coverage.
 *
 * <p><b>Mergeable.</b> {@link #merge(SurveyAggregate, SurveyAggregate)} of aggregates over disjoint
 * row sets gives exactly (bit for bit) the aggregate of one pass over all rows, in any grouping and
 * order: weighted sums are kept exactly as fixed-point {@code long}s with an exact decimal fallback
 * (see {@code FixedPoint} for the value of a weight or count and the scales), and the weighted
 * median salary is kept as a salary → weight histogram.
 *
 * <p><b>Relative weights.</b> The indicators rescale the weights to a mean of 1 per row (of all rows
 * aggregated), so multiplying every weight by the same number changes none of them.
 *
 * <p><b>Memory</b> is proportional to the number of positions, distinct respondents per position and
 * distinct salaries per position, never to the number of rows.
 *
 * <p><b>Serializable</b>, so partial aggregates can travel between processes (as Spark's buffers);
 * a deserialised aggregate is equal in every figure to the one written.
 *
 * <p>Not thread-safe: fill one aggregate per thread and merge.
 */
public final class SurveyAggregate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, PositionAccumulator> positions = new HashMap<>();
    private final SalaryHistogram salaries = new SalaryHistogram();
    private final Map<RespondentType, Set<String>> byType = new EnumMap<>(RespondentType.class);
    private final Map<String, Set<String>> byIndustry = new HashMap<>();
    private final Map<String, Set<String>> byRegion = new HashMap<>();
    private long rows;
    private long titleOnlyRows;

    /** An empty aggregate. */
    public SurveyAggregate() {
    }

    /**
     * Adds one sample.
     *
     * @param sample the row
     * @return this aggregate
     */
    public SurveyAggregate add(SurveySample sample) {
        rows++;
        positions.computeIfAbsent(sample.positionId(), k -> new PositionAccumulator()).add(sample);
        Double salary = sample.offeredSalary();
        if (salary != null) {
            long w = FixedPoint.micros(sample.weight());
            if (w != FixedPoint.NONE) {
                salaries.add(salary, w);
            } else {
                salaries.add(salary, FixedPoint.exact(sample.weight()));
            }
        }
        byType.computeIfAbsent(sample.respondentType(), k -> new HashSet<>()).add(sample.respondentId());
        byIndustry.computeIfAbsent(sample.industry(), k -> new HashSet<>()).add(sample.respondentId());
        byRegion.computeIfAbsent(sample.region(), k -> new HashSet<>()).add(sample.respondentId());
        return this;
    }

    /**
     * Counts one row that gave only a free-text title (see {@link #titleOnlyRowCount()}), for readers
     * of records other than {@link SurveyAggregation} ({@link SurveyColumns#read}).
     *
     * @return this aggregate
     */
    public SurveyAggregate countTitleOnlyRow() {
        titleOnlyRows++;
        return this;
    }

    /**
     * Combines two aggregates into a new one; neither input changes.
     *
     * @param a one aggregate
     * @param b another aggregate, over rows disjoint from {@code a}'s
     * @return the aggregate of both row sets
     */
    public static SurveyAggregate merge(SurveyAggregate a, SurveyAggregate b) {
        SurveyAggregate out = new SurveyAggregate();
        out.addAll(a, 1);
        out.addAll(b, 1);
        return out;
    }

    /**
     * Adds {@code times} copies of another aggregate to this one (used by the bootstrap, where a
     * respondent drawn k times counts k times).
     *
     * @param other the aggregate to add; not changed
     * @param times how many copies, ≥ 1
     */
    public void addAll(SurveyAggregate other, int times) {
        other.positions.forEach((id, p) -> positions.computeIfAbsent(id, k -> new PositionAccumulator()).merge(p, times));
        salaries.addAll(other.salaries, times);
        other.byType.forEach((t, ids) -> byType.computeIfAbsent(t, x -> new HashSet<>()).addAll(ids));
        other.byIndustry.forEach((t, ids) -> byIndustry.computeIfAbsent(t, x -> new HashSet<>()).addAll(ids));
        other.byRegion.forEach((t, ids) -> byRegion.computeIfAbsent(t, x -> new HashSet<>()).addAll(ids));
        rows += other.rows * times;
        titleOnlyRows += other.titleOnlyRows * times;
    }

    /** Number of rows aggregated. */
    public long rowCount() {
        return rows;
    }

    /**
     * Number of rows read that gave only a free-text title (position_name without position_id): counted
     * here, not aggregated (coding titles to positions is not done yet); 0 unless the reading accepted
     * them ({@link SurveyAggregation}).
     */
    public long titleOnlyRowCount() {
        return titleOnlyRows;
    }

    /**
     * The positions with the indicators {@code catalog aggregate} reports, their respondents and
     * respondents per source type, in id order.
     *
     * @param options the zero-applicants convention
     * @return the positions
     */
    public List<AggregatedPosition> positions(SurveyOptions options) {
        return SurveyIndicators.positions(positions, salaries, options, ids -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (RespondentType t : RespondentType.values()) {
                Set<String> ofType = byType.getOrDefault(t, Set.of());
                int n = 0;
                for (String id : ids) {
                    if (ofType.contains(id)) {
                        n++;
                    }
                }
                out.put(t.code(), n);
            }
            return out;
        });
    }

    /** Number of positions seen. */
    public int positionCount() {
        return positions.size();
    }

    /**
     * The standard indicators per position (see {@link SurveyOptions} for zero applicants), positions
     * in id order. An indicator without data (e.g. no row reported days to fill) is missing.
     *
     * @param options the zero-applicants convention
     * @return the indicator table, source {@code survey}
     */
    public IndicatorTable toIndicatorTable(SurveyOptions options) {
        return SurveyIndicators.table(positions, salaries, options);
    }

    /**
     * The coverage diagnostics.
     *
     * @param minRespondents the smallest number of distinct respondents a position needs
     * @return the coverage
     */
    public Coverage coverage(int minRespondents) {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (RespondentType t : RespondentType.values()) {
            types.put(t.code(), byType.getOrDefault(t, Set.of()).size());
        }
        List<String> under = new ArrayList<>();
        new TreeMap<>(positions).forEach((id, p) -> {
            if (p.respondentCount() < minRespondents) {
                under.add(id);
            }
        });
        List<String> missing = new ArrayList<>();
        for (RespondentType t : List.of(RespondentType.EMPLOYER, RespondentType.INDUSTRY_ASSOCIATION,
                RespondentType.HR_SERVICE_AGENCY)) {
            if (!byType.containsKey(t)) {
                missing.add(t.code());
            }
        }
        return new Coverage(types, counts(byIndustry), counts(byRegion), under, missing);
    }

    private static Map<String, Integer> counts(Map<String, Set<String>> sets) {
        Map<String, Integer> out = new LinkedHashMap<>();
        new TreeMap<>(sets).forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    /** The aggregate of every row of a survey table. */
    /** One aggregate per respondent of the table (indicator sums only), by respondent index. */
    static List<SurveyAggregate> perRespondent(SurveyTable table) {
        List<SurveyAggregate> out = new ArrayList<>(table.respondentCount());
        for (int r = 0; r < table.respondentCount(); r++) {
            out.add(new SurveyAggregate());
        }
        for (int pair = 0; pair < table.pairs(); pair++) {
            PositionAccumulator a = table.accumulator(pair);
            SurveyAggregate s = out.get(table.respondent(pair));
            s.positions.computeIfAbsent(table.positionId(table.position(pair)), k -> new PositionAccumulator()).merge(a, 1);
            s.salaries.addAll(a.salaries(), 1);
        }
        return out;
    }

    static SurveyAggregate of(SurveyTable table) {
        SurveyAggregate out = new SurveyAggregate();
        out.rows = table.rows();
        out.titleOnlyRows = table.titleOnlyRows();
        if (table.sumsPerPosition()) {
            PositionAccumulator[] byPosition = new PositionAccumulator[table.positionCount()];
            for (int pair = 0; pair < table.pairs(); pair++) {
                int p = table.position(pair);
                if (byPosition[p] == null) {
                    byPosition[p] = table.positionAccumulator(p);
                }
                table.addRespondent(pair, byPosition[p]);
            }
            for (int p = 0; p < byPosition.length; p++) {
                if (byPosition[p] != null) {
                    out.positions.computeIfAbsent(table.positionId(p), k -> new PositionAccumulator()).merge(byPosition[p], 1);
                    out.salaries.addAll(byPosition[p].salaries(), 1);
                }
            }
        }
        for (int pair = 0; pair < (table.sumsPerPosition() ? 0 : table.pairs()); pair++) {
            PositionAccumulator a = table.accumulator(pair);
            out.positions.computeIfAbsent(table.positionId(table.position(pair)), k -> new PositionAccumulator())
                    .merge(a, 1);
            out.salaries.addAll(a.salaries(), 1);
        }
        if (table.salariesPerPosition()) {
            for (int p = 0; p < table.positionCount(); p++) {
                long[] entries = table.positionSalaryEntries(p);
                if (entries.length > 0) {
                    SalaryHistogram h = out.positions.get(table.positionId(p)).salaries();
                    for (long e : entries) {
                        double salary = table.salary(SurveyTable.salaryId(e));
                        h.add(salary, SurveyTable.salaryUnits(e));
                        out.salaries.add(salary, SurveyTable.salaryUnits(e));
                    }
                }
            }
        }
        for (RespondentType t : RespondentType.values()) {
            BitSet set = table.respondentsOfType(t);
            if (!set.isEmpty()) {
                Set<String> ids = new HashSet<>();
                set.stream().forEach(r -> ids.add(table.respondentId(r)));
                out.byType.put(t, ids);
            }
        }
        table.forEachIndustryRespondent((k, r) -> out.byIndustry.computeIfAbsent(k, x -> new HashSet<>()).add(r));
        table.forEachRegionRespondent((k, r) -> out.byRegion.computeIfAbsent(k, x -> new HashSet<>()).add(r));
        return out;
    }
}
