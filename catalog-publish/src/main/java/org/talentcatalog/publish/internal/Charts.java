package org.talentcatalog.publish.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Thresholds;

/**
 * The charts of a catalog's page: positions by level per industry, the education and experience
 * asked for, the salary ranges sorted, and for a scored catalog the distribution of scores with the
 * level thresholds. A chart with nothing to show is left out.
 */
final class Charts {

    /** The most positions a range plot draws; beyond it, positions evenly spread over the sorted order. */
    static final int MAX_RANGES = 60;

    private static final int[] YEAR_BANDS = {0, 1, 3, 5, 10};

    private Charts() {
    }

    static List<Chart> of(Catalog c, List<Row> rows, Words w) {
        List<Chart> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        out.add(levels(rows, w));
        out.add(education(c, w));
        out.add(experience(c, w));
        Chart salary = salary(c, rows, w);
        if (salary != null) {
            out.add(salary);
        }
        Chart scores = scores(c, w);
        if (scores != null) {
            out.add(scores);
        }
        return out;
    }

    private static Chart levels(List<Row> rows, Words w) {
        Map<String, int[]> by = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        ShortageLevel[] levels = ShortageLevel.values(); // most scarce first
        for (Row r : rows) {
            int[] v = by.computeIfAbsent(r.industry(), k -> new int[levels.length + 1]);
            names.putIfAbsent(r.industry(), r.industryLabel());
            int i = r.level().isEmpty() ? levels.length : ShortageLevel.valueOf(r.level()).ordinal();
            v[i]++;
        }
        List<String> series = new ArrayList<>();
        for (ShortageLevel l : levels) {
            series.add(w.of(l));
        }
        series.add(w.t("level.none"));
        List<String> cats = new ArrayList<>(names.values());
        int[][] values = by.values().toArray(new int[0][]);
        List<String> headers = new ArrayList<>();
        headers.add(w.t("chart.industry"));
        headers.addAll(series);
        headers.add(w.t("chart.total"));
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(cats.get(i));
            int sum = 0;
            for (int v : values[i]) {
                row.add(Integer.toString(v));
                sum += v;
            }
            row.add(Integer.toString(sum));
            table.add(row);
        }
        String id = "chart-levels";
        String title = w.t("chart.levels.title");
        String desc = w.t("chart.levels.desc", rows.size(), cats.size());
        return new Chart(id, title, desc, Svg.stackedBars(id, title, desc, cats, series, values, w.t("chart.axis.positions"),
                w.t("chart.industry")), headers, table);
    }

    private static Chart education(Catalog c, Words w) {
        Education[] all = Education.values();
        int[] counts = new int[all.length + 1];
        for (Position p : c.positions()) {
            Education e = p.requirements() == null ? null : p.requirements().education();
            counts[e == null ? all.length : e.ordinal()]++;
        }
        List<String> labels = new ArrayList<>();
        for (Education e : all) {
            labels.add(w.of(e));
        }
        labels.add(w.t("education.none"));
        return counted("chart-education", w.t("chart.education.title"), w.t("chart.education.desc", c.positions().size()),
                labels, counts, w.t("chart.education.axis"), w);
    }

    private static Chart experience(Catalog c, Words w) {
        int[] counts = new int[YEAR_BANDS.length + 1];
        for (Position p : c.positions()) {
            Experience e = p.requirements() == null ? null : p.requirements().experience();
            Integer y = e == null ? null : e.minYears();
            int band = YEAR_BANDS.length;
            if (y != null) {
                band = 0;
                while (band + 1 < YEAR_BANDS.length && y >= YEAR_BANDS[band + 1]) {
                    band++;
                }
            }
            counts[band]++;
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < YEAR_BANDS.length; i++) {
            labels.add(i + 1 < YEAR_BANDS.length ? w.t("chart.experience.band", YEAR_BANDS[i], YEAR_BANDS[i + 1] - 1)
                    : w.t("chart.experience.more", YEAR_BANDS[i]));
        }
        labels.set(0, w.t("chart.experience.zero"));
        labels.add(w.t("experience.none"));
        return counted("chart-experience", w.t("chart.experience.title"), w.t("chart.experience.desc", c.positions().size()),
                labels, counts, w.t("chart.experience.axis"), w);
    }

    private static Chart counted(String id, String title, String desc, List<String> labels, int[] counts, String axis, Words w) {
        int[][] values = new int[counts.length][];
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            values[i] = new int[] {counts[i]};
            table.add(List.of(labels.get(i), Integer.toString(counts[i])));
        }
        String svg = Svg.stackedBars(id, title, desc, labels, List.of(w.t("chart.axis.positions")), values,
                w.t("chart.axis.positions"), axis);
        return new Chart(id, title, desc, svg, List.of(axis, w.t("chart.axis.positions")), table);
    }

    private record Range(String name, double low, double high) {
    }

    private static Chart salary(Catalog c, List<Row> rows, Words w) {
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < c.positions().size(); i++) {
            Position p = c.positions().get(i);
            Salary s = p.demand() == null ? null : p.demand().salary();
            if (s != null && s.min() != null && s.max() != null) {
                ranges.add(new Range(rows.get(i).name(), Rows.yearlyThousands(s.min(), s.period()),
                        Rows.yearlyThousands(s.max(), s.period())));
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> r.low + r.high).reversed().thenComparing(Range::name));
        List<Range> shown = spread(ranges, MAX_RANGES);
        List<String> labels = shown.stream().map(Range::name).toList();
        double[] low = shown.stream().mapToDouble(Range::low).toArray();
        double[] high = shown.stream().mapToDouble(Range::high).toArray();
        String id = "chart-salary";
        String title = w.t("chart.salary.title");
        String desc = shown.size() == ranges.size() ? w.t("chart.salary.desc", ranges.size())
                : w.t("chart.salary.desc.spread", ranges.size(), shown.size());
        List<List<String>> table = shown.stream()
                .map(r -> List.of(r.name, Svg.format(Math.round(r.low * 10) / 10.0), Svg.format(Math.round(r.high * 10) / 10.0))).toList();
        return new Chart(id, title, desc, Svg.ranges(id, title, desc, labels, low, high, w.t("chart.salary.axis"), w.t("chart.position")),
                List.of(w.t("chart.position"), w.t("chart.salary.low"), w.t("chart.salary.high")), table);
    }

    /** At most {@code max} items evenly spread over the list, its first and last included. */
    static <T> List<T> spread(List<T> all, int max) {
        if (all.size() <= max) {
            return all;
        }
        List<T> out = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            out.add(all.get((int) Math.round(i * (all.size() - 1) / (double) (max - 1))));
        }
        return out;
    }

    private static Chart scores(Catalog c, Words w) {
        List<Double> scores = c.positions().stream()
                .map(p -> p.shortage() == null ? null : p.shortage().score()).filter(s -> s != null).toList();
        if (scores.isEmpty()) {
            return null;
        }
        Thresholds t = c.methodology() == null || c.methodology().scoring() == null ? null : c.methodology().scoring().thresholds();
        double lo = Math.min(0, scores.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double hi = Math.max(1, scores.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        int bins = 20;
        int[] counts = new int[bins];
        for (double s : scores) {
            counts[Math.min(bins - 1, (int) ((s - lo) / (hi - lo) * bins))]++;
        }
        List<String> thresholdLabels = new ArrayList<>();
        double[] thresholds = new double[t == null ? 0 : 3];
        if (t != null) {
            ShortageLevel[] levels = ShortageLevel.values();
            for (int i = 0; i < levels.length; i++) {
                thresholds[i] = t.of(levels[i]);
                thresholdLabels.add(w.of(levels[i]) + " ≥ " + Svg.format(thresholds[i]));
            }
        }
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            if (counts[i] > 0) {
                double from = lo + (hi - lo) * i / bins;
                double to = lo + (hi - lo) * (i + 1) / bins;
                table.add(List.of(Svg.format(from) + " – " + Svg.format(to), Integer.toString(counts[i])));
            }
        }
        String id = "chart-scores";
        String title = w.t("chart.scores.title");
        String desc = t == null ? w.t("chart.scores.desc", scores.size())
                : w.t("chart.scores.desc.thresholds", scores.size(), String.join(w.t("list.separator"), thresholdLabels));
        return new Chart(id, title, desc, Svg.histogram(id, title, desc, counts, lo, hi, thresholds, thresholdLabels,
                w.t("chart.scores.axis"), w.t("chart.axis.positions")), List.of(w.t("chart.scores.axis"), w.t("chart.axis.positions")), table);
    }
}
