package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.TextEncoding;

/**
 * {@link AggregateLocal} and {@link AggregateJob} in this JVM: the command line's JSON, and bad input as one
 * located line in the reader's language with exit 2.
 */
class AggregateLocalTest {

    private static final Path SAMPLES = Path.of("..", "examples", "data", "scoring", "ic-survey-samples.csv");

    @TempDir
    Path dir;

    @Test
    void writesTheCommandLinesJsonInEitherLanguageAndLeavesNoSparkSessionRunning() throws Exception {
        Path out = dir.resolve("out.json");
        String zh = SparkSurveyAggregationTest.cli(SAMPLES);
        String en = SparkSurveyAggregationTest.cli(SAMPLES, "--lang=en");
        assertTrue(zh.contains("\"demand_supply_ratio\""), zh);
        assertEquals("", run(0, SAMPLES.toString(), out.toString()));
        assertEquals(zh, Files.readString(out));
        SparkSubmit.assertStopped();
        assertEquals("", run(0, SAMPLES.toString(), out.toString(), "--lang", "en"));
        assertEquals(en, Files.readString(out));
        assertEquals("", run(0, SAMPLES.toString(), out.toString(), "--lang", "zh"));
        assertEquals(zh, Files.readString(out));
        SparkSubmit.assertStopped();
    }

    @Test
    void aBadCallIsTheUsageAndAnUnreadableInputOrOutputIsOneLine() throws Exception {
        String out = dir.resolve("out.json").toString();
        String usage = AggregateLocal.USAGE + "\n";
        assertEquals(usage, run(2, SAMPLES.toString()));
        assertEquals(usage, run(2, SAMPLES.toString(), out, "--lang"));
        assertEquals(usage, run(2, SAMPLES.toString(), out, "--lang", "fr"));
        assertEquals(usage, run(2, SAMPLES.toString(), out, "--bogus", "en"));
        assertEquals(usage, run(2, SAMPLES.toString(), out, "--lang", "en", "--lang"));
        Path none = dir.resolve("none.csv");
        assertEquals("aggregate-local: " + none + ": 文件不存在\n", run(2, none.toString(), out));
        assertEquals("aggregate-local: " + none + ": no such file\n", run(2, none.toString(), out, "--lang", "en"));
        String folder = run(2, dir.toString(), out, "--lang", "en");
        assertTrue(folder.startsWith("aggregate-local: " + dir + ": cannot be read: ") && folder.lines().count() == 1, folder);
        assertTrue(run(2, dir.toString(), out).startsWith("aggregate-local: " + dir + ": 无法读取："));
        Path unwritable = dir.resolve("no-such-folder").resolve("out.json");
        String written = run(2, SAMPLES.toString(), unwritable.toString(), "--lang", "en");
        assertTrue(written.startsWith("aggregate-local: " + unwritable + ": cannot be written: ") && written.lines().count() == 1, written);
        assertTrue(run(2, SAMPLES.toString(), unwritable.toString()).startsWith("aggregate-local: " + unwritable + ": 无法写入："));
        SparkSubmit.assertStopped();
    }

    @Test
    void sparksOwnErrorIsTheFirstLineOfItsRootCause() {
        Path out = dir.resolve("out.json");
        assertEquals("p: s.csv: the first line\n", aggregate(s -> {
            throw new IllegalStateException("outer", new IllegalArgumentException("middle", new RuntimeException("the first line\nthe second")));
        }, out));
        assertEquals("p: s.csv: UnsupportedOperationException\n", aggregate(s -> {
            throw new UnsupportedOperationException();
        }, out));
        assertEquals("p: s.csv: one line\n", aggregate(s -> {
            throw new IllegalStateException("one line");
        }, out));
        assertEquals("p: s.csv: after blank lines\n", aggregate(s -> {
            throw new IllegalStateException("\n  \nafter blank lines \r\nthe next");
        }, out));
        assertEquals("p: s.csv: IllegalStateException\n", aggregate(s -> {
            throw new IllegalStateException(" \n ");
        }, out));
        assertFalse(Files.exists(out));
        SparkSubmit.assertStopped();
    }

    @Test
    void theSparkSubmitJobReadsParquetAndReportsSparksErrorInOneLine() throws Exception {
        Path parquet = dir.resolve("samples.parquet");
        Path out = dir.resolve("parquet.json");
        SparkSubmit.asSparkSubmit(() -> {
            SparkSubmit.writeParquet(spark -> SparkSurveyAggregation.readCsv(spark, SAMPLES.toString(), StandardCharsets.UTF_8)
                    .withColumn("vacancies", functions.col("vacancies").cast("double")), parquet);
            assertEquals(0, AggregateJob.run(new String[] {parquet.toString(), out.toString(), "--parquet"}));
            assertEquals(SparkSurveyAggregationTest.cli(SAMPLES).replace(SAMPLES.getFileName().toString(), parquet.toString()),
                    Files.readString(out));
            SparkSubmit.assertStopped();
            assertEquals(0, AggregateJob.run(new String[] {SAMPLES.toString(), out.toString()}));
            assertEquals(SparkSurveyAggregationTest.cli(SAMPLES).replace(SAMPLES.getFileName().toString(), SAMPLES.toString()),
                    Files.readString(out));
            String notParquet = job(SAMPLES.toString(), out.toString(), "--parquet", "--lang", "en");
            assertTrue(notParquet.startsWith("AggregateJob: " + SAMPLES + ": ") && notParquet.lines().count() == 1, notParquet);
            String badRow = dir.resolve("bad.csv").toString();
            Files.writeString(Path.of(badRow), "respondent_id,respondent_type,position_id,vacancies,applicants,hires\nR1,EMPLOYER,P1,1,x,1\n");
            assertEquals("AggregateJob: " + badRow + " [applicants]: not a number in column applicants: x\n",
                    job(badRow, out.toString(), "--lang", "en"));
        });
        SparkSubmit.assertStopped();
    }

    /** {@link AggregateLocal#aggregate} of a source that fails: its error output, the exit status being 2. */
    private static String aggregate(AggregateLocal.Source source, Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, AggregateLocal.aggregate("local[2]", source, "s.csv", out, Locale.ENGLISH, "p: ",
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadRowOrAMissingColumnIsOneLocatedLineAndExit2() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "respondent_id,respondent_type,position_id,vacancies,applicants,hires\nR1,EMPLOYER,P1,1,x,1\n");
        Path noHires = dir.resolve("no-hires.csv");
        Files.writeString(noHires, "respondent_id,respondent_type,position_id,vacancies,applicants\nR1,EMPLOYER,P1,1,1\n");
        Path out = dir.resolve("out.json");
        assertEquals("aggregate-local: bad.csv [applicants]: not a number in column applicants: x\n",
                run(2, bad.toString(), out.toString(), "--lang", "en"));
        assertEquals("aggregate-local: no-hires.csv: 缺少必需的列：hires\n", run(2, noHires.toString(), out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void theSparkSubmitJobReadsAPathInTheGivenCharsetAndWritesTheCommandLinesJson() throws Exception {
        Path gb = dir.resolve("gb.csv");
        RandomSurveys.write(gb, 200, 7, TextEncoding.GB18030);
        Path out = dir.resolve("job.json");
        SparkSubmit.asSparkSubmit(() -> {
            assertEquals(0, AggregateJob.run(new String[] {gb.toString(), out.toString(), "--charset", "GB18030", "--lang", "en"}));
        });
        assertEquals(SparkSurveyAggregationTest.cli(gb, "--lang=en"), Files.readString(out));
        assertEquals(2, AggregateJob.run(new String[] {gb.toString(), out.toString(), "--charset", "NO-SUCH"}));
        assertEquals(2, AggregateJob.run(new String[] {gb.toString()}));
    }

    @Test
    void theSparkSubmitJobRefusesABadCallWithOneLineBeforeStartingSpark() {
        String usage = AggregateJob.USAGE + "\n";
        assertEquals(usage, job("s.csv"));
        assertEquals(usage, job("s.csv", "out.json", "--lang"), "an option without its value");
        assertEquals(usage, job("s.csv", "out.json", "--lang", "fr"));
        assertEquals(usage, job("s.csv", "out.json", "--charset"));
        assertEquals(usage, job("s.csv", "out.json", "--csv"), "an unknown option");
        assertEquals(usage, job("s.csv", "out.json", "--parquet", "--lang", "en", "--bogus"), "after good ones");
        assertEquals("AggregateJob: unknown charset NO-SUCH\n", job("s.csv", "out.json", "--charset", "NO-SUCH"));
        assertEquals("AggregateJob: unknown charset bad name\n", job("s.csv", "out.json", "--lang", "zh", "--charset", "bad name"));
    }

    /** {@link AggregateJob#run} of a call it refuses: its error output, the exit status being 2. */
    private static String job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, AggregateJob.run(args));
        } finally {
            System.setErr(before);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String run(int expectedCode, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AggregateLocal.run(args, "local[2]", new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, text);
        return text;
    }
}
