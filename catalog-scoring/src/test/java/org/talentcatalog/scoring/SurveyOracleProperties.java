package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.scoring.SurveyReference.coverage;
import static org.talentcatalog.scoring.SurveyReference.positions;
import static org.talentcatalog.scoring.SurveyReference.reference;
import static org.talentcatalog.scoring.SurveyReference.rows;
import static org.talentcatalog.scoring.SurveyReference.values;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The survey indicators of docs/scoring.md against a reference computed another way: every sum in
 * {@link java.math.BigDecimal} from the decimals as written, each indicator rounded once from its exact value,
 * the weighted median by its definition. Checked on the samples given as objects, on the CSV read as
 * text and on the CSV read from its bytes (on one thread and in chunks), under both zero-applicants
 * conventions, with weights and counts large enough to leave the {@code long} sums
 * ({@link SurveyReference}).
 */
class SurveyOracleProperties {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight";

    @Property(tries = 120)
    void theIndicatorsAreTheirDefinitionsOnEveryPath(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll boolean missing, @ForAll @IntRange(min = 16, max = 400) int chunkSize) throws IOException {
        List<SurveyReference.Row> rows = rows(seed, n);
        SurveyOptions options = missing ? new SurveyOptions(SurveyOptions.ZeroApplicants.MISSING, 1)
                : new SurveyOptions(SurveyOptions.ZeroApplicants.FLOOR, seed % 2 == 0 ? 1 : 2.5);
        Map<String, Map<String, Double>> expected = reference(rows, options);
        List<SurveySample> samples = rows.stream().map(SurveyReference.Row::sample).toList();
        assertEquals(expected, values(SurveyData.of(samples).indicators(options)), "samples");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        rows.forEach(row -> csv.append(row.csv()).append('\n'));
        assertEquals(expected, values(SurveyData.read(new StringReader(csv.toString()), "s.csv").indicators(options)),
                "text");
        checkAggregates(rows, options, seed);
        Path file = Files.createTempFile("samples", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            for (int parallelism = 1; parallelism <= 2; parallelism++) {
                SurveyAggregate read = SurveyAggregation.builder().parallelism(parallelism).chunkSize(chunkSize).build()
                        .aggregate(file);
                assertEquals(expected, values(read.toIndicatorTable(options)), "bytes on " + parallelism);
                assertEquals(positions(rows, expected), read.positions(options), "positions on " + parallelism);
                int minimum = 1 + (int) Math.floorMod(seed, 4L);
                assertEquals(coverage(rows, minimum), read.coverage(minimum), "coverage on " + parallelism);
            }
        } finally {
            Files.delete(file);
        }
    }

    /**
     * The respondents' aggregates, each added as many times as a draw would count it, hold the
     * figures of the rows with each respondent's rows repeated as many times.
     */
    @Property(tries = 80)
    void respondentAggregatesAddedInCopiesAreTheRowsRepeated(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 50) int n) {
        List<SurveyReference.Row> rows = rows(seed, n);
        SurveyData data = SurveyData.of(rows.stream().map(SurveyReference.Row::sample).toList());
        List<String> order = rows.stream().map(SurveyReference.Row::respondent).distinct().toList();
        assertEquals(order.size(), data.respondentCount());
        assertEquals(rows.size(), data.rowCount());
        List<SurveyAggregate> parts = data.respondentAggregates();
        assertEquals(order.size(), parts.size());
        java.util.SplittableRandom draw = new java.util.SplittableRandom(seed);
        SurveyAggregate total = new SurveyAggregate();
        List<SurveyReference.Row> repeated = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int times = draw.nextInt(4);
            if (times > 0) {
                total.addAll(parts.get(i), times);
            }
            String respondent = order.get(i);
            for (int t = 0; t < times; t++) {
                rows.stream().filter(row -> row.respondent().equals(respondent)).forEach(repeated::add);
            }
        }
        if (!repeated.isEmpty()) {
            // the figures; a position's name and industry are the table's labels, whoever was drawn
            assertEquals(figures(reference(repeated, SurveyOptions.DEFAULT)),
                    figures(values(total.toIndicatorTable(SurveyOptions.DEFAULT))));
        }
        SurveyAggregate once = new SurveyAggregate();
        parts.forEach(part -> once.addAll(part, 1));
        assertEquals(data.indicators(SurveyOptions.DEFAULT), once.toIndicatorTable(SurveyOptions.DEFAULT));
    }

    private static Map<String, Map<String, Double>> figures(Map<String, Map<String, Double>> values) {
        Map<String, Map<String, Double>> out = new java.util.TreeMap<>();
        values.forEach((id, v) -> {
            Map<String, Double> kept = new java.util.LinkedHashMap<>(v);
            kept.keySet().removeIf(k -> k.startsWith("name:") || k.startsWith("industry:"));
            out.put(id, kept);
        });
        return out;
    }

    /**
     * The aggregate of the samples added one by one, the merge of two parts, and copies added with
     * {@link SurveyAggregate#addAll}: each the reference of the rows it holds.
     */
    private static void checkAggregates(List<SurveyReference.Row> rows, SurveyOptions options, long seed) {
        SurveyAggregate one = new SurveyAggregate();
        rows.forEach(row -> one.add(row.sample()));
        check(rows, options, one, "one by one");
        int cut = (int) Math.floorMod(seed, (long) rows.size() + 1);
        SurveyAggregate a = new SurveyAggregate();
        SurveyAggregate b = new SurveyAggregate();
        rows.subList(0, cut).forEach(row -> a.add(row.sample()));
        rows.subList(cut, rows.size()).forEach(row -> b.add(row.sample()));
        check(rows, options, SurveyAggregate.merge(b, a), "merged at " + cut);
        int times = 2 + (int) Math.floorMod(seed >> 8, 3L);
        SurveyAggregate copies = new SurveyAggregate();
        copies.addAll(a, times);
        copies.addAll(b, times);
        List<SurveyReference.Row> repeated = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            repeated.addAll(rows);
        }
        check(repeated, options, copies, times + " copies");
    }

    private static void check(List<SurveyReference.Row> rows, SurveyOptions options, SurveyAggregate aggregate, String what) {
        Map<String, Map<String, Double>> expected = reference(rows, options);
        assertEquals(expected, values(aggregate.toIndicatorTable(options)), what);
        assertEquals(positions(rows, expected), aggregate.positions(options), what);
        assertEquals(coverage(rows, 2), aggregate.coverage(2), what);
        assertEquals(rows.size(), aggregate.rowCount(), what);
    }

}
