package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.schema.Fixtures.obj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library prints nothing on standard error. Hibernate Validator logs its version once per
 * class loader, so each case runs in a fresh JVM and reads everything that JVM wrote.
 */
class QuietStderrTest {

    /**
     * The child JVM: builds a validator, validates a document with a faulty credit code (so the
     * Bean Validation layer reports and interpolates a message) and prints the error count.
     */
    public static void main(String[] args) {
        ObjectNode doc = Fixtures.tree();
        obj(doc, "/issuance/compilers/0").put("creditCode", "91350100M000100Y44");
        ValidationReport report = CatalogValidator.standard().validateText(doc.toString());
        System.out.println("errors=" + report.errorCount());
    }

    @Test
    void buildingAValidatorAndValidatingPrintNothingOnStandardError(@TempDir Path dir) throws Exception {
        Run run = child(dir, List.of());
        assertEquals("", run.err, "standard error");
        assertTrue(run.out.startsWith("errors=") && !run.out.startsWith("errors=0"), run.out);
    }

    @Test
    void anApplicationThatAsksForHibernateValidatorsInfoLinesGetsThem(@TempDir Path dir) throws Exception {
        // The same child, with a logging configuration that wants INFO from Hibernate Validator:
        // the library does not override it (and the first test would see the line if it were printed).
        Path config = dir.resolve("logging.properties");
        Files.writeString(config, """
                handlers=java.util.logging.ConsoleHandler
                java.util.logging.ConsoleHandler.level=ALL
                org.hibernate.validator.level=INFO
                """, StandardCharsets.ISO_8859_1);
        Run run = child(dir, List.of("-Djava.util.logging.config.file=" + config));
        assertTrue(run.err.contains("HV000001"), run.err);
        assertTrue(run.out.startsWith("errors="), run.out);
    }

    private record Run(String out, String err) {
    }

    private static Run child(Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(QuietStderrTest.class.getName());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish");
        }
        assertEquals(0, p.exitValue(), () -> read(err));
        return new Run(read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
