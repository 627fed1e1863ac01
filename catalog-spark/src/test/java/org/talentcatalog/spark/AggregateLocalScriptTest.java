package org.talentcatalog.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.TextEncoding;

/**
 * {@code catalog-spark/aggregate-local} as a user runs it (on the class path this build made, so the
 * test does not build the module again inside its own build): the same JSON as
 * {@code catalog aggregate --format json}, and a bad call as one line and exit 2 (bad rows:
 * {@link AggregateLocalTest}).
 */
class AggregateLocalScriptTest {

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("aggregate-local").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("CATALOG_SPARK_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }

    @Test
    void writesTheJsonOfTheCommandLine() throws Exception {
        Path gb = dir.resolve("gb18030.csv");
        RandomSurveys.write(gb, 300, 42, TextEncoding.GB18030);
        Path out = dir.resolve("out.json");
        Run run = script(gb.toString(), out.toString(), "--lang", "en");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(SparkSurveyAggregationTest.cli(gb, "--lang=en"), Files.readString(out));
    }

    @Test
    void aMissingFileOrABadCallIsOneLineAndExit2() throws Exception {
        Run missing = script(dir.resolve("none.csv").toString(), dir.resolve("out.json").toString(), "--lang", "en");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("aggregate-local: ") && missing.err().endsWith("none.csv: no such file\n"), missing.err());
        Run usage = script("samples.csv");
        assertEquals(2, usage.code());
        assertEquals("usage: aggregate-local SAMPLES.csv OUT.json [--lang zh|en]\n", usage.err());
    }
}
