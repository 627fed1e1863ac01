package org.talentcatalog.scoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * Turns a position's exact sums into the standard indicators of SCORING.md. An indicator that cannot
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
        Map<String, Double> out = new LinkedHashMap<>();
        double vacancies = p.vacancies.doubleValue();
        double applicants = p.applicants.doubleValue();
        if (applicants > 0) {
            out.put("demand_supply_ratio", vacancies / Math.max(applicants,
                    options.zeroApplicants() == SurveyOptions.ZeroApplicants.FLOOR ? options.applicantsFloor() : 0));
        } else if (options.zeroApplicants() == SurveyOptions.ZeroApplicants.FLOOR) {
            out.put("demand_supply_ratio", vacancies / options.applicantsFloor());
        }
        out.put("vacancies", vacancies);
        if (p.vacancies.signum() > 0) {
            double filled = p.hires.doubleValue() / vacancies;
            out.put("unfilled_rate", Math.min(1, Math.max(0, 1 - filled)));
        } else {
            out.put("unfilled_rate", 0.0);
        }
        if (p.daysWeight.signum() > 0) {
            out.put("days_to_fill", ratio(p.days, p.daysWeight));
        }
        double median = PositionAccumulator.weightedMedian(p.salaries);
        if (!Double.isNaN(median) && overallMedianSalary > 0) {
            out.put("salary_premium", median / overallMedianSalary);
        }
        if (p.difficultyWeight.signum() > 0) {
            out.put("difficulty", ratio(p.difficulty, p.difficultyWeight));
        }
        out.put("respondents", (double) p.respondents.size());
        return out;
    }

    /** Weighted median over all rows, from the overall histogram. */
    public static double overallMedian(TreeMap<Double, BigDecimal> histogram) {
        return PositionAccumulator.weightedMedian(histogram);
    }

    private static double ratio(BigDecimal sum, BigDecimal weight) {
        return sum.doubleValue() / weight.doubleValue();
    }
}
