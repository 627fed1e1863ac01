package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey aggregation on several threads: the same answer and the same errors as on one. */
class SurveyAggregationTest {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void chunksAreReadOnTheExecutorAndMergeToTheOneThreadResult() throws Exception {
        Path file = write("s.csv", ParallelAggregationProperties.samples(new Random(7), true).repeat(1)
                + "\n" + ParallelAggregationProperties.samples(new Random(8), true).lines()
                        .skip(1).reduce("", (a, b) -> a + b + "\n"));
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = r -> {
            tasks.incrementAndGet();
            new Thread(r).start();
        };
        SurveyAggregate many = SurveyAggregation.builder().parallelism(2).executor(counting).chunkSize(300).build()
                .aggregate(file);
        SurveyAggregate one = SurveyAggregation.builder().parallelism(1).build().aggregate(file);
        assertTrue(tasks.get() > 3, "read in chunks: " + tasks.get());
        ParallelAggregationProperties.assertSame(one, many);
    }

    @Test
    void anErrorInALaterChunkIsReportedAsOneThreadReportsIt() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 400; i++) {
            text.append("R").append(i % 7).append(",EMPLOYER,P").append(i % 5).append(",岗位,集成电路,浦东,2,3,1,,,,\n");
        }
        text.append("R1,EMPLOYER,P1,岗位,集成电路,浦东,2,很多,1,,,,\n");
        Path file = write("bad.csv", text.toString());
        ScoringException many = assertThrows(ScoringException.class,
                () -> SurveyAggregation.builder().parallelism(3).chunkSize(512).build().aggregate(file));
        ScoringException one = assertThrows(ScoringException.class,
                () -> SurveyAggregation.builder().parallelism(1).build().aggregate(file));
        assertEquals(one.getMessage(), many.getMessage());
        assertTrue(many.getMessage().startsWith("bad.csv:402:"), many.getMessage());
    }

    @Test
    void rowsWithOnlyAFreeTextTitleAreCountedNotAggregated() throws Exception {
        Path file = write("t.csv", HEADER + "R1,EMPLOYER,P1,芯片工程师,集成电路,浦东,2,3,1,,,,\n"
                + "R2,EMPLOYER,,芯片测试员,集成电路,浦东,5,1,0,,,,\n"
                + "R3,EMPLOYER,,芯片测试员,集成电路,浦东,5,1,0,,,,\n");
        SurveyAggregate a = SurveyAggregation.builder().build().aggregate(file);
        assertEquals(2, a.titleOnlyRowCount());
        assertEquals(1, a.rowCount());
        List<AggregatedPosition> positions = a.positions(SurveyOptions.DEFAULT);
        assertEquals(List.of("P1"), positions.stream().map(AggregatedPosition::id).toList());
        assertEquals(2.0, positions.get(0).indicators().get("vacancies"));
        assertEquals(3.0, positions.get(0).indicators().get("applicants"));
        assertEquals(1.0, positions.get(0).indicators().get("hires"));
    }

    @Test
    void aRowWithNeitherIdNorTitleIsStillAnError() throws Exception {
        Path file = write("e.csv", HEADER + "R1,EMPLOYER,,,集成电路,浦东,2,3,1,,,,\n");
        ScoringException e = assertThrows(ScoringException.class, () -> SurveyAggregation.builder().build().aggregate(file));
        assertTrue(e.getMessage().startsWith("e.csv:2:"), e.getMessage());
    }

    @Test
    void sourcesCountEachPositionsRespondentsByType() throws Exception {
        Path file = write("src.csv", HEADER + "E1,EMPLOYER,P1,芯片工程师,,,1,1,1,,,,\n"
                + "E1,EMPLOYER,P1,芯片工程师,,,1,1,1,,,,\n"
                + "A1,INDUSTRY_ASSOCIATION,P1,芯片工程师,,,1,1,1,,,,\n"
                + "H1,HR_SERVICE_AGENCY,P2,测试员,,,1,1,1,,,,\n");
        List<AggregatedPosition> p = SurveyAggregation.builder().build().aggregate(file).positions(SurveyOptions.DEFAULT);
        assertEquals(2, p.get(0).respondents());
        Map<String, Integer> s = p.get(0).sources();
        assertEquals(1, s.get("EMPLOYER"));
        assertEquals(1, s.get("INDUSTRY_ASSOCIATION"));
        assertEquals(0, s.get("HR_SERVICE_AGENCY"));
        assertEquals(1, p.get(1).sources().get("HR_SERVICE_AGENCY"));
    }

    @Test
    void theReadmesJavaExampleRuns() throws Exception {
        Path samples = Path.of("../examples/data/scoring/ic-survey-samples.csv");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            SurveyAggregate all = SurveyAggregation.builder()
                    .parallelism(4)
                    .executor(pool)
                    .build()
                    .aggregate(samples);
            SurveyAggregateReport report = SurveyAggregateReport.of(all, SurveyOptions.DEFAULT, 1, null);
            String json = report.json(java.util.Locale.CHINESE);
            assertTrue(json.startsWith("{\n  \"positions\" : [ {\n    \"id\" : \"IC-001\""), json);
            assertEquals(SurveyData.read(samples).indicators(SurveyOptions.DEFAULT).rows().size(), report.positions().size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aWeightOfFourteenDigitsCountsAsItIsOnTheBytePathAsOnTheTextPath() throws Exception {
        // 18446744073710·10⁶ and 10¹³·10⁶ are beyond a long: the weight has no fixed-point form
        for (String heavy : List.of("18446744073710", "10000000000000")) {
            String text = HEADER + "R1,EMPLOYER,P1,岗位,,,1,1,0,,,,1\n" + "R2,EMPLOYER,P1,岗位,,,3,1,0,,,," + heavy + "\n";
            Path file = write("w.csv", text);
            IndicatorTable expected = SurveyAggregation.aggregate(new java.io.StringReader(text), "w.csv")
                    .toIndicatorTable(SurveyOptions.DEFAULT);
            double ratio = expected.rows().get(0).values().get("demand_supply_ratio");
            assertTrue(ratio > 2.99 && ratio < 3, "the heavy row decides: " + ratio);
            for (int parallelism : new int[] {1, 2}) {
                IndicatorTable bytes = SurveyAggregation.builder().parallelism(parallelism).chunkSize(64).build()
                        .aggregate(file).toIndicatorTable(SurveyOptions.DEFAULT);
                assertEquals(expected.rows(), bytes.rows(), heavy + " on " + parallelism);
            }
        }
    }

    @Test
    void oneChunkAtATimeIsReadOnTheCallingThreadEvenWithAnExecutor() throws Exception {
        Path file = write("one.csv", ParallelAggregationProperties.samples(new Random(9), true));
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = r -> {
            tasks.incrementAndGet();
            r.run();
        };
        SurveyAggregate one = SurveyAggregation.builder().parallelism(1).executor(counting).chunkSize(16).build()
                .aggregate(file);
        assertEquals(0, tasks.get(), "parallelism 1 reads on the calling thread");
        ParallelAggregationProperties.assertSame(SurveyAggregation.aggregate(
                new java.io.StringReader(Files.readString(file)), "one.csv"), one);
        SurveyAggregate smallest = SurveyAggregation.builder().parallelism(2).executor(counting).chunkSize(16).build()
                .aggregate(file);
        ParallelAggregationProperties.assertSame(one, smallest);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SurveyAggregation.builder().parallelism(0));
        assertThrows(IllegalArgumentException.class, () -> SurveyAggregation.builder().chunkSize(15));
        assertThrows(NullPointerException.class, () -> SurveyAggregation.builder().executor(null));
    }
}
