package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.TextEncoding;

/**
 * {@link AggregateLocal} and {@link AggregateJob} in this JVM: the command line's JSON, and bad input as one
 * located line in the reader's language with exit 2.
 */
class AggregateLocalTest {

    @TempDir
    Path dir;

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
        String before = System.getProperty("spark.master");
        System.setProperty("spark.master", "local[2]"); // as spark-submit --master local[2] sets it
        try {
            assertEquals(0, AggregateJob.run(new String[] {gb.toString(), out.toString(), "--charset", "GB18030", "--lang", "en"}));
        } finally {
            if (before == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", before);
            }
        }
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
