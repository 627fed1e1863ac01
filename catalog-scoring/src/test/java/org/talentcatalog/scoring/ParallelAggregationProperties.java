package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.io.TextEncoding;

/**
 * Aggregating a file on several threads, in chunks of any size, on any executor, gives bit for bit
 * what one thread gives.
 */
class ParallelAggregationProperties {

    private static final String HEADER = "respondent_id,respondent_type,position_id,position_name,industry,region,"
            + "vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight";
    private static final String[] NAMES = {"芯片设计工程师", "\"数据, 分析师\"", "\"多行\n岗位\"", "\"引号\"\"岗位\"\"\"",
        "算法工程师", ""};
    private static final String[] WEIGHTS = {"", "1", "2.5", "0.0000001", "1e-9", "3.1415926535", "1000000000"};

    @Property(tries = 200)
    void chunkedEqualsOneThread(@ForAll long seed, @ForAll @IntRange(min = 16, max = 600) int chunkSize,
            @ForAll @IntRange(min = 2, max = 4) int parallelism, @ForAll @IntRange(min = 0, max = 2) int executorKind,
            @ForAll boolean gb18030) throws IOException {
        Charset cs = gb18030 ? TextEncoding.GB18030 : StandardCharsets.UTF_8;
        String text = samples(new Random(seed), true);
        Path file = Files.createTempFile("samples", ".csv");
        try {
            Files.writeString(file, text, cs);
            SurveyAggregate one;
            try (java.io.Reader in = TextEncoding.open(file)) {
                one = SurveyAggregation.aggregate(in, file.getFileName().toString());
            }
            assertSame(one, SurveyAggregation.builder().parallelism(1).build().aggregate(file));
            SurveyAggregation.Builder b = SurveyAggregation.builder().parallelism(parallelism).chunkSize(chunkSize);
            Executor direct = Runnable::run;
            if (executorKind == 1) {
                b.executor(direct);
            } else if (executorKind == 2) {
                b.executor(ForkJoinPool.commonPool());
            }
            SurveyAggregate many = b.build().aggregate(file);
            assertSame(one, many);
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 100)
    void oneThreadEqualsTheScorersReading(@ForAll long seed) {
        String text = samples(new Random(seed), false);
        SurveyAggregate one = SurveyAggregation.aggregate(new StringReader(text), "s.csv");
        SurveyData data = SurveyData.read(new StringReader(text), "s.csv");
        assertEquals(data.indicators(SurveyOptions.DEFAULT), one.toIndicatorTable(SurveyOptions.DEFAULT));
        assertEquals(data.coverage(3), one.coverage(3));
        assertEquals(data.rowCount(), one.rowCount());
    }

    static void assertSame(SurveyAggregate expected, SurveyAggregate actual) {
        assertEquals(expected.positions(SurveyOptions.DEFAULT), actual.positions(SurveyOptions.DEFAULT));
        assertEquals(expected.toIndicatorTable(SurveyOptions.DEFAULT), actual.toIndicatorTable(SurveyOptions.DEFAULT));
        assertEquals(expected.coverage(3), actual.coverage(3));
        assertEquals(expected.rowCount(), actual.rowCount());
        assertEquals(expected.titleOnlyRowCount(), actual.titleOnlyRowCount());
    }

    /** A random samples file: quoted line breaks, commas and quotes, odd weights, CRLF or LF, title-only rows. */
    static String samples(Random r, boolean withTitleOnly) {
        String eol = r.nextBoolean() ? "\n" : "\r\n";
        StringBuilder out = new StringBuilder(HEADER).append(eol);
        int rows = r.nextInt(60);
        RespondentType[] types = RespondentType.values();
        for (int i = 0; i < rows; i++) {
            boolean titleOnly = withTitleOnly && r.nextInt(15) == 0;
            String name = NAMES[r.nextInt(NAMES.length)];
            if (titleOnly && name.isEmpty()) {
                name = "自由文本岗位";
            }
            out.append('R').append(r.nextInt(8)).append(',')
                    .append(types[r.nextInt(types.length)].name()).append(',')
                    .append(titleOnly ? "" : "P" + r.nextInt(6)).append(',')
                    .append(name).append(',')
                    .append(r.nextBoolean() ? "集成电路" : "").append(',')
                    .append(r.nextBoolean() ? "浦东" : "徐汇").append(',')
                    .append(r.nextInt(20)).append(',')
                    .append(r.nextInt(3) == 0 ? "0" : r.nextInt(50) + "." + r.nextInt(10)).append(',')
                    .append(r.nextInt(10)).append(',')
                    .append(r.nextBoolean() ? "" : String.valueOf(r.nextInt(200))).append(',')
                    .append(r.nextBoolean() ? "" : String.valueOf(5000 + 500 * r.nextInt(20))).append(',')
                    .append(r.nextBoolean() ? "" : String.valueOf(1 + r.nextInt(5))).append(',')
                    .append(WEIGHTS[r.nextInt(WEIGHTS.length)]);
            if (i < rows - 1 || r.nextBoolean()) {
                out.append(eol);
            }
        }
        return out.toString();
    }

    static Path write(String text) {
        try {
            Path file = Files.createTempFile("samples", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(SurveyAggregate a) {
        return a.positions(SurveyOptions.DEFAULT).stream().map(AggregatedPosition::id).toList();
    }
}
