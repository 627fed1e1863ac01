package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
