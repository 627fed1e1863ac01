package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.cli.Main;
import org.talentcatalog.model.io.TextEncoding;

/**
 * {@code catalog-spark/postings-local} as a user runs it (on this build's class path) and the
 * spark-submit job's main: the output of {@code catalog postings} with the same options, and bad
 * calls and bad input as one line and exit 2.
 */
class PostingsLocalTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "data");

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    /** What a successful command wrote to its output and to its error stream. */
    private record Printed(String out, String err) {
    }

    private static Run script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("postings-local").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("CATALOG_SPARK_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }

    @Test
    void theScriptWritesWhatTheCommandLinePrints() throws Exception {
        Path postings = EXAMPLES.resolve("postings/ic-template-postings-2024h1.csv");
        Path catalog = EXAMPLES.resolve("scoring/ic-catalog-template.json");
        Path out = dir.resolve("out.csv");
        Run run = script(postings.toString(), out.toString(), "--catalog", catalog.toString(), "--since", "2024-04-01",
                "--format", "csv", "--lang", "en");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().startsWith("warning: 30 postings have titles matched with low confidence") && run.err().split("\n").length == 1,
                run.err()); // as catalog postings --format csv warns on stderr
        assertEquals(Files.readString(EXAMPLES.resolve("postings/ic-postings-indicators.csv")), Files.readString(out));
    }

    @Test
    void badCallsAndBadInputAreOneLineAndExit2() throws Exception {
        Path out = dir.resolve("out.json");
        Run usage = script("postings.csv");
        assertEquals(2, usage.code());
        assertEquals(PostingsLocal.USAGE + "\n", usage.err());
        String missing = local(dir.resolve("none.csv").toString(), out.toString(), "--lang", "en");
        assertTrue(missing.startsWith("postings-local: ") && missing.endsWith("none.csv: no such file\n"), missing);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "title,company,city,posted_on\n芯片设计工程师,甲,上海,2024-13-01\n");
        assertEquals("postings-local: --since 2024-02-30: not a valid value\n",
                local(bad.toString(), out.toString(), "--lang", "en", "--since", "2024-02-30"));
        assertEquals("postings-local: --window 0: 取值无效\n", local(bad.toString(), out.toString(), "--window", "0"));
        assertEquals(PostingsLocal.USAGE + "\n", local(bad.toString(), out.toString(), "--parquet"));
        String row = local(bad.toString(), out.toString(), "--lang", "en");
        assertTrue(row.startsWith("postings-local: bad.csv [posted_on]: the date \"2024-13-01\" is not understood") && row.endsWith(")\n"), row);
        assertEquals(PostingsJob.USAGE + "\n", job(bad.toString()));
    }

    @Test
    void eachOptionWithoutItsValueOrWithAValueItRefusesIsOneLineAndExit2() throws Exception {
        Path postings = dir.resolve("p.csv");
        Files.writeString(postings, "title,company,city,posted_on\n芯片设计工程师,甲,上海,2024-03-01\n");
        String p = postings.toString();
        String out = dir.resolve("out.json").toString();
        String usage = PostingsLocal.USAGE + "\n";
        for (String option : List.of("--catalog", "--since", "--window", "--format", "--lang")) {
            assertEquals(usage, local(p, out, option), option + " without its value");
        }
        assertEquals(usage, local(p, out, "--format", "xml"));
        assertEquals(usage, local(p, out, "--lang", "fr"));
        assertEquals(usage, local(p, out, "--charset", "GB18030"), "spark-submit's options only under spark-submit");
        assertEquals(usage, local(p, out, "--window", "30", "--bogus", "x"), "an unknown option after a good one");
        assertEquals("postings-local: --window x: 取值无效\n", local(p, out, "--window", "x"));
        assertEquals("postings-local: --since 2024-1-1: not a valid value\n", local(p, out, "--lang", "en", "--since", "2024-1-1"));
        assertEquals("PostingsJob: --charset NO-SUCH: 取值无效\n", job(p, out, "--charset", "NO-SUCH"));
        assertEquals(PostingsJob.USAGE + "\n", job(p, out, "--parquet", "--format"), "--parquet takes no value; --format needs one");
        String catalog = local(p, out, "--catalog", dir.resolve("none.json").toString(), "--lang", "en");
        assertTrue(catalog.startsWith("postings-local: ") && catalog.contains("none.json: no such file")
                && catalog.endsWith("\n") && catalog.lines().count() == 1, catalog);
    }

    @Test
    void inThisJvmEachInputKindAndOptionGivesWhatTheCommandLinePrints() throws Exception {
        Path postings = dir.resolve("random.csv");
        RandomPostings.csv(postings, 400, 11, StandardCharsets.UTF_8);
        String csv = postings.toString();
        Path out = dir.resolve("out");
        assertEquals("", local(0, csv, out.toString()));
        assertEquals(cli(postings).out(), Files.readString(out));
        String catalog = EXAMPLES.resolve("catalogs/sh-ic-2024.json").toString();
        String[] options = {"--catalog", catalog, "--since", "2024-02-15", "--window", "20", "--format", "json", "--lang", "en"};
        assertEquals("", local(0, csv, out.toString(), options));
        assertEquals(cli(postings, options).out(), Files.readString(out));
        Printed csvOut = cli(postings, "--format", "csv");
        assertTrue(csvOut.err().startsWith("警告："), csvOut.err()); // the warnings of CSV output go to stderr
        assertEquals(csvOut.err(), local(0, csv, out.toString(), "--format", "csv", "--lang", "zh"));
        assertEquals(csvOut.out(), Files.readString(out));
        Printed csvEn = cli(postings, "--format", "csv", "--lang", "en");
        assertTrue(csvEn.err().startsWith("warning: "), csvEn.err());
        assertEquals(csvEn.err(), local(0, csv, out.toString(), "--lang", "en", "--format", "csv"));
        for (String name : List.of("random.jsonl", "random.NDJSON")) {
            Path lines = dir.resolve(name);
            RandomPostings.jsonLines(lines, 400, 11);
            assertEquals("", local(0, lines.toString(), out.toString(), "--catalog", catalog));
            assertEquals(cli(lines, "--catalog", catalog).out(), Files.readString(out), name);
        }
        SparkSubmit.assertStopped();
    }

    @Test
    void theSparkSubmitJobReadsParquetOrAnyCharsetAndReportsSparksErrorInOneLine() throws Exception {
        Path postings = dir.resolve("gb.csv");
        RandomPostings.csv(postings, 300, 5, TextEncoding.GB18030);
        Path parquet = dir.resolve("postings.parquet");
        Path out = dir.resolve("out");
        String name = postings.getFileName().toString();
        SparkSubmit.asSparkSubmit(() -> {
            SparkSubmit.writeParquet(spark -> SparkPostingsAggregation.readCsv(spark, postings.toString(), TextEncoding.GB18030), parquet);
            String expected = cli(postings, "--lang", "en").out();
            assertEquals("", job(0, parquet.toString(), out.toString(), "--parquet", "--lang", "en"));
            assertEquals(expected.replace(name, parquet.toString()), Files.readString(out));
            assertEquals("", job(0, postings.toString(), out.toString(), "--lang", "en", "--charset", "GB18030"));
            assertEquals(expected.replace(name, postings.toString()), Files.readString(out));
            String notParquet = job(2, postings.toString(), out.toString(), "--parquet");
            assertTrue(notParquet.startsWith("PostingsJob: " + postings + ": ") && notParquet.lines().count() == 1, notParquet);
        });
        SparkSubmit.assertStopped();
    }

    @Test
    void aBadCatalogARefusedRowOrAnUnwritableOutputIsOneLocatedLine() throws Exception {
        Path postings = dir.resolve("p.csv");
        Files.writeString(postings, "title,company,city,posted_on\n芯片设计工程师,甲,上海,2024-03-01\n");
        String p = postings.toString();
        String out = dir.resolve("out.json").toString();
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, "{\n  \"id\": ,\n}");
        String bad = local(p, out, "--catalog", catalog.toString(), "--lang", "en");
        assertTrue(bad.startsWith("postings-local: " + catalog + ":2:") && bad.lines().count() == 1, bad);
        String folder = local(p, out, "--catalog", dir.toString());
        assertTrue(folder.startsWith("postings-local: " + dir + ": ") && folder.lines().count() == 1, folder);
        Path badRow = dir.resolve("bad.csv");
        Files.writeString(badRow, "title,company,city,posted_on\n芯片设计工程师,甲,上海,2024-13-01\n");
        String row = local(badRow.toString(), out);
        assertTrue(row.startsWith("postings-local: bad.csv [posted_on]: ") && !row.contains("not understood") && row.lines().count() == 1, row);
        String unwritable = dir.resolve("no-such-folder").resolve("out.json").toString();
        String write = local(p, unwritable, "--lang", "en");
        assertTrue(write.startsWith("postings-local: the output cannot be written: ") && write.lines().count() == 1, write);
        assertTrue(local(p, unwritable).startsWith("postings-local: 无法写入输出："));
        assertEquals("postings-local: " + dir + ": 文件不存在\n", local(dir.toString(), out), "a folder is not a postings file");
        SparkSubmit.assertStopped();
    }

    /** What {@code catalog postings FILE MORE…} writes to its output and its error stream, with exit 0. */
    private static Printed cli(Path file, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("postings", file.toString()));
        args.addAll(List.of(more));
        assertEquals(0, Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)), err::toString);
        return new Printed(out.toString(), err.toString());
    }

    private static String local(int expectedCode, String input, String output, String... more) {
        return run(expectedCode, "local[2]", input, output, more);
    }

    private static String job(int expectedCode, String input, String output, String... more) {
        return run(expectedCode, null, input, output, more);
    }

    private static String run(int expectedCode, String master, String input, String output, String... more) {
        List<String> args = new ArrayList<>(List.of(input, output));
        args.addAll(List.of(more));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PostingsLocal.run(args.toArray(String[]::new), master, new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, text);
        return text;
    }

    private static String local(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PostingsLocal.run(args, "local[2]", new PrintStream(err, true, StandardCharsets.UTF_8)));
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PostingsLocal.run(args, null, new PrintStream(err, true, StandardCharsets.UTF_8)));
        return err.toString(StandardCharsets.UTF_8);
    }
}
