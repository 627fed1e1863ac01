package org.talentcatalog.postings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.postings.internal.ResultWriter;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.ScoringWarning;

/**
 * Postings indicators per group, what was read and left out, and warnings.
 *
 * @param grouping what the groups are
 * @param groups the groups, in id order
 * @param summary what was read, merged and left out
 * @param warnings what the reader should know (uncoded titles, an empty comparison period)
 */
public record PostingsResult(Grouping grouping, List<PostingsGroup> groups, PostingsSummary summary,
        List<ScoringWarning> warnings) {

    /** The indicator ids of {@link #toIndicatorTable()}, in column order ({@code postings_growth} only with a period). */
    public static final List<String> INDICATORS = List.of("postings", "employers", "posted_salary_q1",
            "posted_salary_median", "posted_salary_q3", "days_open_median", "postings_growth");

    /** Copies the lists. */
    public PostingsResult {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(summary, "summary");
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    /**
     * The indicators as a table {@code catalog score} reads (source {@code postings}): per group
     * {@code postings}, {@code employers}, {@code posted_salary_q1}, {@code posted_salary_median},
     * {@code posted_salary_q3}, {@code days_open_median} and, with a comparison period,
     * {@code postings_growth}; a statistic without data is missing.
     */
    public IndicatorTable toIndicatorTable() {
        List<String> ids = indicatorIds();
        List<PositionRow> rows = new ArrayList<>();
        for (PostingsGroup g : groups) {
            Map<String, Double> values = new LinkedHashMap<>();
            put(values, "postings", (double) g.postings());
            put(values, "employers", (double) g.employers());
            put(values, "posted_salary_q1", g.salaryQ1());
            put(values, "posted_salary_median", g.salaryMedian());
            put(values, "posted_salary_q3", g.salaryQ3());
            put(values, "days_open_median", g.daysOpenMedian());
            if (ids.contains("postings_growth")) {
                put(values, "postings_growth", g.growth());
            }
            rows.add(new PositionRow(g.id(), g.name(), "", values, 0));
        }
        return new IndicatorTable(ids, rows, "postings");
    }

    /** The indicator ids of {@link #toIndicatorTable()}. */
    public List<String> indicatorIds() {
        return summary.since() == null ? INDICATORS.subList(0, INDICATORS.size() - 1) : INDICATORS;
    }

    /**
     * The result as JSON: {@code {"positions"|"occupations": [{"id", "name", "indicators": {…},
     * "education": {…}, "experience": {…}, …}], "warnings": […], "summary": {…}}}, pretty-printed.
     *
     * @param locale the language of the warnings
     * @return the JSON text, ending with a line feed
     */
    public String json(@Nullable Locale locale) {
        return ResultWriter.json(this, locale);
    }

    /**
     * The indicator table as CSV ({@code position_id,position_name,} then {@link #indicatorIds()}),
     * which {@code catalog score} reads; lines end with LF. The warnings are not in it.
     */
    public String csv() {
        return ResultWriter.csv(this);
    }

    private static void put(Map<String, Double> values, String id, @Nullable Double v) {
        if (v != null) {
            values.put(id, v);
        }
    }
}
