package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.scoring.internal.BootstrapRunner;

/**
 * The allocation-light CSV path and the array-based bootstrap give exactly what the object paths
 * give: reading a CSV equals grouping the same samples, and the fast bootstrap equals merging
 * accumulators replicate by replicate.
 */
class SurveyFastPathsTest {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n";

    /** Random rows as CSV text and as samples; some cells blank, spaced, or with awkward numbers. */
    private static List<Object> rows(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder(HEADER);
        List<SurveySample> samples = new ArrayList<>();
        String[] weights = {"1", "2", "0.5", "1.25", " 3 ", "0.3333333333", "", "1e0"};
        for (int i = 0; i < n; i++) {
            String r = "R" + rnd.nextInt(12);
            RespondentType t = RespondentType.values()[rnd.nextInt(5)];
            String p = "P" + rnd.nextInt(6);
            int v = rnd.nextInt(20);
            int a = rnd.nextInt(20);
            int h = rnd.nextInt(v + 1);
            String days = rnd.nextInt(5) == 0 ? "" : Integer.toString(10 + rnd.nextInt(90)) + (rnd.nextBoolean() ? ".5" : "");
            String salary = rnd.nextInt(6) == 0 ? "" : Integer.toString(100_000 + 10_000 * rnd.nextInt(20));
            String diff = rnd.nextInt(4) == 0 ? "" : (1 + rnd.nextInt(4)) + (rnd.nextInt(3) == 0 ? ".25" : "");
            String w = weights[rnd.nextInt(weights.length)];
            String region = rnd.nextBoolean() ? "上海" : "北京";
            csv.append(r).append(',').append(t).append(',').append(p).append(",岗位").append(p).append(",IC,")
                    .append(region).append(',').append(v).append(',').append(a).append(',').append(h).append(',')
                    .append(days).append(',').append(salary).append(',').append(diff).append(',').append(w).append('\n');
            samples.add(new SurveySample(r, t, p, "岗位" + p, "IC", region, v, a, h, opt(days), opt(salary), opt(diff),
                    w.isBlank() ? 1 : Double.parseDouble(w.strip())));
        }
        return List.of(csv.toString(), samples);
    }

    private static @Nullable Double opt(String s) {
        return s.isEmpty() ? null : Double.parseDouble(s);
    }

    @SuppressWarnings("unchecked")
    @Property(tries = 40)
    void readingTheCsvEqualsGroupingTheSamples(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int n) {
        List<Object> rows = rows(seed, n);
        SurveyData read = SurveyData.read(new StringReader((String) rows.get(0)), "s.csv");
        SurveyData of = SurveyData.of((List<SurveySample>) rows.get(1));
        assertEquals(of.indicators(SurveyOptions.DEFAULT), read.indicators(SurveyOptions.DEFAULT));
        assertEquals(of.coverage(2), read.coverage(2));
        assertEquals(n, read.rowCount());
        assertEquals(of.respondentCount(), read.respondentCount());
    }

    @SuppressWarnings("unchecked")
    @Property(tries = 25)
    void theFastBootstrapEqualsTheExactMerge(@ForAll long seed, @ForAll @IntRange(min = 20, max = 150) int n) {
        List<Object> rows = rows(seed, n);
        List<SurveySample> samples = new ArrayList<>();
        for (SurveySample s : (List<SurveySample>) rows.get(1)) {
            // whole-decimal weights only, so that the fast path is taken
            long w = Math.max(1, Math.round(s.weight() * 4));
            samples.add(new SurveySample(s.respondentId(), s.respondentType(), s.positionId(), s.positionName(),
                    s.industry(), s.region(), s.vacancies(), s.applicants(), s.hires(), s.daysToFill(),
                    s.offeredSalary(), s.difficulty(), w / 4.0));
        }
        SurveyData data = SurveyData.of(samples);
        ScoringConfig c = ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .indicator("salary_premium", IndicatorDirection.POSITIVE)
                .indicator("unfilled_rate", IndicatorDirection.POSITIVE).uncertainty(60, seed).build();
        List<String> ids = new ArrayList<>();
        data.indicators(SurveyOptions.DEFAULT).rows().forEach(r -> ids.add(r.id()));
        BootstrapRunner.Outcome fast = BootstrapRunner.run(c, data.table(), ids, false);
        BootstrapRunner.Outcome exact = BootstrapRunner.run(c, data.table(), ids, true);
        assertEquals(exact.succeeded(), fast.succeeded());
        for (Map.Entry<String, int[]> e : exact.counts().entrySet()) {
            assertEquals(List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]),
                    List.of(fast.counts().get(e.getKey())[0], fast.counts().get(e.getKey())[1],
                            fast.counts().get(e.getKey())[2], fast.counts().get(e.getKey())[3]), e.getKey());
        }
        assertEquals(issue(exact.firstFailure()), issue(fast.firstFailure()));
    }

    private static @Nullable Issue issue(@Nullable ScoringException e) {
        return e == null ? null : e.issue();
    }
}
