package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import java.util.List;
import java.util.Map;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * Turns a position's exact sums into the standard indicators of docs/scoring.md. An indicator that cannot
 * be computed (no row reported days to fill, say) is left out of the map: a missing value.
 */
public final class SurveyIndicators {

    /** The standard indicator ids, in output order. */
    public static final List<String> IDS = List.of("demand_supply_ratio", "vacancies", "unfilled_rate",
            "days_to_fill", "salary_premium", "difficulty", "respondents");

    private SurveyIndicators() {
    }

    /**
     * The indicators of one position.
     *
     * @param p the position's sums
     * @param overallMedianSalary the weighted median salary over all rows (NaN if none)
     * @param options the zero-applicants convention
     * @return indicator id → value, in {@link #IDS} order, without missing ones
     */
    public static Map<String, Double> of(PositionAccumulator p, double overallMedianSalary, SurveyOptions options) {
        double days = p.positive(PositionAccumulator.DAYS_WEIGHT)
                ? p.value(PositionAccumulator.DAYS) / p.value(PositionAccumulator.DAYS_WEIGHT) : Double.NaN;
        double difficulty = p.positive(PositionAccumulator.DIFFICULTY_WEIGHT)
                ? p.value(PositionAccumulator.DIFFICULTY) / p.value(PositionAccumulator.DIFFICULTY_WEIGHT) : Double.NaN;
        return of(p.value(PositionAccumulator.VACANCIES), p.value(PositionAccumulator.APPLICANTS),
                p.value(PositionAccumulator.HIRES), days, p.salaries.weightedMedian(), difficulty,
                p.respondents.size(), overallMedianSalary, options);
    }

    /**
     * The indicators from the position's sums, each already rounded once to a double.
     *
     * @param vacancies Σ w·vacancies
     * @param applicants Σ w·applicants
     * @param hires Σ w·hires
     * @param days weighted mean days to fill, NaN if no row reported it
     * @param median weighted median salary, NaN if no row reported one
     * @param difficulty weighted mean difficulty, NaN if no row reported it
     * @param respondents distinct respondents
     * @param overallMedianSalary the weighted median salary over all rows (NaN if none)
     * @param options the zero-applicants convention
     * @return indicator id → value, in {@link #IDS} order, without missing ones
     */
    public static Map<String, Double> of(double vacancies, double applicants, double hires, double days,
            double median, double difficulty, int respondents, double overallMedianSalary, SurveyOptions options) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (applicants > 0) {
            out.put("demand_supply_ratio", vacancies / Math.max(applicants,
                    options.zeroApplicants() == SurveyOptions.ZeroApplicants.FLOOR ? options.applicantsFloor() : 0));
        } else if (options.zeroApplicants() == SurveyOptions.ZeroApplicants.FLOOR) {
            out.put("demand_supply_ratio", vacancies / options.applicantsFloor());
        }
        out.put("vacancies", vacancies);
        if (vacancies > 0) {
            double filled = hires / vacancies;
            out.put("unfilled_rate", Math.min(1, Math.max(0, 1 - filled)));
        } else {
            out.put("unfilled_rate", 0.0);
        }
        if (!Double.isNaN(days)) {
            out.put("days_to_fill", days);
        }
        if (!Double.isNaN(median) && overallMedianSalary > 0) {
            out.put("salary_premium", median / overallMedianSalary);
        }
        if (!Double.isNaN(difficulty)) {
            out.put("difficulty", difficulty);
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
        List<PositionRow> rows = new ArrayList<>();
        new TreeMap<>(positions).forEach((id, p) -> rows.add(new PositionRow(id, p.name(), p.industry(),
                of(p, median, options), 0)));
        return new IndicatorTable(IDS, rows, "survey");
    }

    /** Weighted median over all rows, from the overall histogram. */
    public static double overallMedian(SalaryHistogram histogram) {
        return histogram.weightedMedian();
    }
}
