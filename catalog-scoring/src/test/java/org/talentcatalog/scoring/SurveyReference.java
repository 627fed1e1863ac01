package org.talentcatalog.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.talentcatalog.model.RespondentType;

/**
 * The survey figures of docs/scoring.md computed another way, as a reference for the tests: random
 * rows written as decimal text, every sum in {@link BigDecimal} from the decimals as written, each
 * indicator rounded once from its exact value, the weighted median by its definition, the coverage
 * and the sources by counting distinct respondents.
 */
final class SurveyReference {

    private static final MathContext WIDE = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final String[] WEIGHTS = {"1", "1", "2", "0.5", "0.1", "0.2", "2.25", "0.000001", "0.0000005",
        "1000", "123456.789", "7000000", "1000000000", "25000000000"};
    private static final String[] COUNTS = {"0", "0", "1", "2", "3", "7", "12.5", "0.001", "40", "4000000000000",
        "999999999.5", "5000000"};
    private static final String[] REGIONS = {"上海", "浦东", "", "北京"};
    private static final String[] NAMES = {"", "芯片设计工程师", "算法工程师", "Analyst", "数据分析师"};

    private SurveyReference() {
    }

    /** One row as written: the numbers as decimal text, {@code ""} for a blank optional cell. */
    record Row(String respondent, RespondentType type, String position, String name, String industry,
            String region, String vacancies, String applicants, String hires, String days, String salary, String difficulty,
            String weight) {

        SurveySample sample() {
            return new SurveySample(respondent, type, position, name, industry, region, d(vacancies), d(applicants),
                    d(hires), blank(days) ? null : d(days), blank(salary) ? null : d(salary),
                    blank(difficulty) ? null : d(difficulty), blank(weight) ? 1 : d(weight));
        }

        String csv() {
            return String.join(",", respondent, type.name(), position, name, industry, region, vacancies, applicants,
                    hires, days, salary, difficulty, weight);
        }

        BigDecimal w() {
            return blank(weight) ? BigDecimal.ONE : new BigDecimal(weight);
        }

        private static double d(String s) {
            return Double.parseDouble(s);
        }

        private static boolean blank(String s) {
            return s.isEmpty();
        }
    }

    static List<Row> rows(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        boolean large = r.nextInt(3) == 0; // leave the long sums now and then
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String v = large && r.nextInt(4) == 0 ? pick(r, COUNTS) : Integer.toString(r.nextInt(15));
            String a = r.nextInt(5) == 0 ? pick(r, COUNTS) : Integer.toString(r.nextInt(15));
            String h = r.nextInt(5) == 0 ? pick(r, COUNTS) : Integer.toString(r.nextInt(8));
            String days = r.nextInt(4) == 0 ? "" : (5 + r.nextInt(90)) + (r.nextBoolean() ? "" : ".5");
            String salary = r.nextInt(4) == 0 ? "" : Integer.toString(60_000 + 20_000 * r.nextInt(12));
            String difficulty = r.nextInt(3) == 0 ? "" : (1 + r.nextInt(4)) + (r.nextBoolean() ? "" : ".25");
            String weight = r.nextInt(3) == 0 ? "" : large ? pick(r, WEIGHTS) : WEIGHTS[r.nextInt(WEIGHTS.length - 3)];
            out.add(new Row("R" + r.nextInt(9), RespondentType.values()[r.nextInt(5)], "P" + r.nextInt(5),
                    pick(r, NAMES), r.nextBoolean() ? "" : "IC" + r.nextInt(3), pick(r, REGIONS), v, a, h, days, salary, difficulty,
                    weight));
        }
        return out;
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    /** Position id → {name, industry as ids} and indicator → value, as the table gives them. */
    static Map<String, Map<String, Double>> values(IndicatorTable table) {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (PositionRow row : table.rows()) {
            Map<String, Double> values = new LinkedHashMap<>(row.values());
            values.put("name:" + row.name(), 0.0);
            values.put("industry:" + row.industry(), 0.0);
            out.put(row.id(), values);
        }
        return out;
    }

    /**
     * The positions as the aggregate reports them: the standard indicators without
     * {@code respondents}, with the applicants and hires scaled as the vacancies are, and per source
     * type the position's respondents of that type (a respondent of two types counts for both).
     */
    static List<AggregatedPosition> positions(List<Row> rows, Map<String, Map<String, Double>> standard) {
        BigDecimal n = BigDecimal.valueOf(rows.size());
        BigDecimal totalWeight = rows.stream().map(Row::w).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AggregatedPosition> out = new ArrayList<>();
        standard.forEach((id, values) -> {
            List<Row> own = rows.stream().filter(row -> row.position().equals(id)).toList();
            Map<String, Double> all = new LinkedHashMap<>(values);
            all.put("applicants", scaled(sum(own, Row::applicants), n, totalWeight));
            all.put("hires", scaled(sum(own, Row::hires), n, totalWeight));
            Map<String, Double> indicators = new LinkedHashMap<>();
            for (String k : List.of("demand_supply_ratio", "vacancies", "applicants", "hires", "unfilled_rate",
                    "days_to_fill", "salary_premium", "difficulty")) {
                if (all.containsKey(k)) {
                    indicators.put(k, all.get(k));
                }
            }
            Set<String> respondents = new HashSet<>();
            own.forEach(row -> respondents.add(row.respondent()));
            Map<String, Integer> sources = new LinkedHashMap<>();
            for (RespondentType t : RespondentType.values()) {
                Set<String> ofType = new HashSet<>();
                rows.stream().filter(row -> row.type() == t && respondents.contains(row.respondent()))
                        .forEach(row -> ofType.add(row.respondent()));
                sources.put(t.code(), ofType.size());
            }
            out.add(new AggregatedPosition(id, least(own, Row::name), least(own, Row::industry), respondents.size(),
                    indicators, sources));
        });
        return out;
    }

    /** Distinct respondents by type, industry and region; positions under the minimum; seed sources absent. */
    static Coverage coverage(List<Row> rows, int minimum) {
        Map<String, Integer> types = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (RespondentType t : RespondentType.values()) {
            long n = rows.stream().filter(row -> row.type() == t).map(Row::respondent).distinct().count();
            types.put(t.code(), (int) n);
            if (n == 0 && t.ordinal() < 3) {
                missing.add(t.code());
            }
        }
        Map<String, Set<String>> positions = new TreeMap<>();
        Map<String, Set<String>> industries = new TreeMap<>();
        Map<String, Set<String>> regions = new TreeMap<>();
        for (Row row : rows) {
            positions.computeIfAbsent(row.position(), k -> new HashSet<>()).add(row.respondent());
            industries.computeIfAbsent(row.industry(), k -> new HashSet<>()).add(row.respondent());
            regions.computeIfAbsent(row.region(), k -> new HashSet<>()).add(row.respondent());
        }
        List<String> under = new ArrayList<>();
        positions.forEach((id, respondents) -> {
            if (respondents.size() < minimum) {
                under.add(id);
            }
        });
        return new Coverage(types, sizes(industries), sizes(regions), under, missing);
    }

    private static Map<String, Integer> sizes(Map<String, Set<String>> sets) {
        Map<String, Integer> out = new LinkedHashMap<>();
        sets.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    /** The indicators by their definitions, from the decimals as written. */
    static Map<String, Map<String, Double>> reference(List<Row> rows, SurveyOptions options) {
        BigDecimal n = BigDecimal.valueOf(rows.size());
        BigDecimal totalWeight = rows.stream().map(Row::w).reduce(BigDecimal.ZERO, BigDecimal::add);
        double overallMedian = median(rows);
        Map<String, List<Row>> byPosition = new TreeMap<>();
        rows.forEach(row -> byPosition.computeIfAbsent(row.position(), k -> new ArrayList<>()).add(row));
        Map<String, Map<String, Double>> out = new TreeMap<>();
        byPosition.forEach((id, own) -> {
            BigDecimal vacancies = sum(own, Row::vacancies);
            BigDecimal applicants = sum(own, Row::applicants);
            BigDecimal hires = sum(own, Row::hires);
            double v = scaled(vacancies, n, totalWeight);
            Map<String, Double> values = new LinkedHashMap<>();
            boolean floor = options.zeroApplicants() == SurveyOptions.ZeroApplicants.FLOOR;
            if (applicants.signum() > 0 && !(floor && scaled(applicants, n, totalWeight) < options.applicantsFloor())) {
                values.put("demand_supply_ratio", divide(vacancies, applicants));
            } else if (floor) {
                values.put("demand_supply_ratio", v / options.applicantsFloor());
            }
            values.put("vacancies", v);
            values.put("unfilled_rate", vacancies.signum() > 0
                    ? Math.min(1, Math.max(0, 1 - divide(hires, vacancies))) : 0.0);
            mean(own, Row::days).ifPresent(d -> values.put("days_to_fill", d));
            double median = median(own);
            if (!Double.isNaN(median) && overallMedian > 0) {
                values.put("salary_premium", median / overallMedian);
            }
            mean(own, Row::difficulty).ifPresent(d -> values.put("difficulty", d));
            Set<String> respondents = new HashSet<>();
            own.forEach(row -> respondents.add(row.respondent()));
            values.put("respondents", (double) respondents.size());
            values.put("name:" + least(own, Row::name), 0.0);
            values.put("industry:" + least(own, Row::industry), 0.0);
            out.put(id, values);
        });
        return out;
    }

    private static BigDecimal sum(List<Row> rows, java.util.function.Function<Row, String> column) {
        BigDecimal s = BigDecimal.ZERO;
        for (Row row : rows) {
            s = s.add(row.w().multiply(new BigDecimal(column.apply(row))));
        }
        return s;
    }

    private static double scaled(BigDecimal sum, BigDecimal n, BigDecimal totalWeight) {
        return sum.multiply(n).divide(totalWeight, WIDE).doubleValue();
    }

    private static double divide(BigDecimal p, BigDecimal q) {
        return p.divide(q, WIDE).doubleValue();
    }

    /** The weighted mean over the rows that give the column. */
    private static java.util.OptionalDouble mean(List<Row> rows, java.util.function.Function<Row, String> column) {
        List<Row> giving = rows.stream().filter(row -> !column.apply(row).isEmpty()).toList();
        if (giving.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        BigDecimal weight = giving.stream().map(Row::w).reduce(BigDecimal.ZERO, BigDecimal::add);
        return java.util.OptionalDouble.of(divide(sum(giving, column), weight));
    }

    /**
     * The weighted median salary: the smallest salary whose cumulative weight passes half the total;
     * where the cumulative weight is exactly half, the mean of that salary and the next.
     */
    private static double median(List<Row> rows) {
        List<Row> giving = new ArrayList<>(rows.stream().filter(row -> !row.salary().isEmpty()).toList());
        if (giving.isEmpty()) {
            return Double.NaN;
        }
        giving.sort(Comparator.comparingDouble(row -> Double.parseDouble(row.salary())));
        BigDecimal total = giving.stream().map(Row::w).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int i = 0; i < giving.size(); i++) {
            cumulative = cumulative.add(giving.get(i).w());
            int cmp = cumulative.multiply(BigDecimal.valueOf(2)).compareTo(total);
            double salary = Double.parseDouble(giving.get(i).salary());
            if (cmp > 0) {
                return salary;
            }
            if (cmp == 0) {
                return i + 1 < giving.size() ? (salary + Double.parseDouble(giving.get(i + 1).salary())) / 2 : salary;
            }
        }
        throw new AssertionError("the cumulative weight reaches the total");
    }

    /** The least non-empty label of the rows (empty when none gives one). */
    private static String least(List<Row> rows, java.util.function.Function<Row, String> label) {
        return rows.stream().map(label).filter(s -> !s.isEmpty()).min(Comparator.naturalOrder()).orElse("");
    }
}
