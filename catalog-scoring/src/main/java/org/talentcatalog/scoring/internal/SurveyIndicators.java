package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.talentcatalog.scoring.AggregatedPosition;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * Turns a position's exact sums into the standard indicators of docs/scoring.md. An indicator that cannot
 * be computed (no row reported days to fill, say) is left out of the map: a missing value.
 *
 * <p>Every indicator depends only on ratios of the exact sums, so multiplying every weight by the same
 * number changes none: a ratio of two sums (demand–supply ratio, unfilled rate, the weighted means) is
 * rounded once from the exact quotient; a total (vacancies, and applicants where the floor applies)
 * is normalised by the weights' scale ({@link WeightScale}).
 */
public final class SurveyIndicators {

    /** The standard indicator ids, in output order. */
    public static final List<String> IDS = List.of("demand_supply_ratio", "vacancies", "unfilled_rate",
            "days_to_fill", "salary_premium", "difficulty", "respondents");

    /**
     * The indicators {@code catalog aggregate} reports per position, in output order: the standard
     * ones without {@code respondents} (reported beside them), with the weighted applicants and hires.
     */
    public static final List<String> AGGREGATE_IDS = List.of("demand_supply_ratio", "vacancies", "applicants",
            "hires", "unfilled_rate", "days_to_fill", "salary_premium", "difficulty");

    /** A position's exact sums, indexed as in {@link PositionAccumulator}. */
    interface Sums {

        /** Sum {@code k} normalised by the weights' scale, rounded once. */
        double normalized(int k);

        /** Sum {@code k} divided by sum {@code l} (positive), rounded once. */
        double ratio(int k, int l);

        /** Whether sum {@code k} is positive. */
        boolean positive(int k);
    }

    private SurveyIndicators() {
    }

    /**
     * The indicators of one position.
     *
     * @param s the position's sums
     * @param median the position's weighted median salary, NaN if no row reported one
     * @param respondents distinct respondents
     * @param overallMedianSalary the weighted median salary over all rows (NaN if none)
     * @param options the zero-applicants convention
     * @return indicator id → value, in {@link #IDS} order, without missing ones
     */
    static Map<String, Double> of(Sums s, double median, int respondents, double overallMedianSalary,
            SurveyOptions options) {
        Map<String, Double> out = new LinkedHashMap<>();
        double vacancies = s.normalized(PositionAccumulator.VACANCIES);
        boolean floor = options.zeroApplicants() == SurveyOptions.ZeroApplicants.FLOOR;
        if (s.positive(PositionAccumulator.APPLICANTS)) {
            boolean floored = floor && s.normalized(PositionAccumulator.APPLICANTS) < options.applicantsFloor();
            out.put("demand_supply_ratio", floored ? vacancies / options.applicantsFloor()
                    : s.ratio(PositionAccumulator.VACANCIES, PositionAccumulator.APPLICANTS));
        } else if (floor) {
            out.put("demand_supply_ratio", vacancies / options.applicantsFloor());
        }
        out.put("vacancies", vacancies);
        if (s.positive(PositionAccumulator.VACANCIES)) {
            double filled = s.ratio(PositionAccumulator.HIRES, PositionAccumulator.VACANCIES);
            out.put("unfilled_rate", Math.min(1, Math.max(0, 1 - filled)));
        } else {
            out.put("unfilled_rate", 0.0);
        }
        if (s.positive(PositionAccumulator.DAYS_WEIGHT)) {
            out.put("days_to_fill", s.ratio(PositionAccumulator.DAYS, PositionAccumulator.DAYS_WEIGHT));
        }
        if (!Double.isNaN(median) && overallMedianSalary > 0) {
            out.put("salary_premium", median / overallMedianSalary);
        }
        if (s.positive(PositionAccumulator.DIFFICULTY_WEIGHT)) {
            out.put("difficulty", s.ratio(PositionAccumulator.DIFFICULTY, PositionAccumulator.DIFFICULTY_WEIGHT));
        }
        out.put("respondents", (double) respondents);
        return out;
    }

    /**
     * The indicator table of positions.
     *
     * @param positions position id → sums
     * @param overall the salary histogram over all rows
     * @param options the zero-applicants convention
     * @return the table, positions in id order, source {@code survey}
     */
    public static IndicatorTable table(Map<String, PositionAccumulator> positions, SalaryHistogram overall,
            SurveyOptions options) {
        double median = overall.weightedMedian();
        WeightScale scale = WeightScale.of(positions.values());
        List<PositionRow> rows = new ArrayList<>();
        new TreeMap<>(positions).forEach((id, p) -> rows.add(new PositionRow(id, p.name(), p.industry(),
                of(p.sums(scale), p.salaries().weightedMedian(), p.respondentCount(), median, options), 0)));
        return new IndicatorTable(IDS, rows, "survey");
    }

    /**
     * The positions as {@code catalog aggregate} reports them, in id order: the
     * {@link #AGGREGATE_IDS} indicators (the same values as {@link #table}), respondents and sources.
     *
     * @param positions position id → sums
     * @param overall the salary histogram over all rows
     * @param options the zero-applicants convention
     * @param sources a position's respondent ids → respondents per source type
     * @return the positions
     */
    public static List<AggregatedPosition> positions(Map<String, PositionAccumulator> positions,
            SalaryHistogram overall, SurveyOptions options, Function<java.util.Set<String>, Map<String, Integer>> sources) {
        double median = overall.weightedMedian();
        WeightScale scale = WeightScale.of(positions.values());
        List<AggregatedPosition> out = new ArrayList<>();
        new TreeMap<>(positions).forEach((id, p) -> {
            Sums sums = p.sums(scale);
            Map<String, Double> standard = of(sums, p.salaries().weightedMedian(), p.respondentCount(), median, options);
            standard.put("applicants", sums.normalized(PositionAccumulator.APPLICANTS));
            standard.put("hires", sums.normalized(PositionAccumulator.HIRES));
            Map<String, Double> values = new LinkedHashMap<>();
            for (String k : AGGREGATE_IDS) {
                Double v = standard.get(k);
                if (v != null && Double.isFinite(v)) {
                    values.put(k, v);
                }
            }
            out.add(new AggregatedPosition(id, p.name(), p.industry(), p.respondentCount(), values,
                    sources.apply(p.respondents)));
        });
        return out;
    }
}
