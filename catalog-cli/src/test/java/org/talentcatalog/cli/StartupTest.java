package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool shows before any work: its version (read from the module's own resources) and,
 * on standard error, nothing when all is well. These tests run with the tool and the library as
 * named modules (see the POM).
 */
class StartupTest {

    @Test
    void versionComesFromTheBuild() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String expected = "talent-catalog " + System.getProperty("catalog.version", "(catalog.version not set)");
        assertEquals(expected, out.toString().lines().findFirst().orElse(""), out::toString);
    }

    @Test
    void validatingAValidCatalogWritesNothingOnStandardError(@TempDir Path dir) throws Exception {
        // A fresh JVM, as a user starts the tool: Hibernate Validator announces itself once per JVM.
        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(command("validate", "../examples/data/catalogs/sh-ic-2024.json"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the tool did not finish");
        }
        assertEquals("", read(err), "standard error");
        assertEquals(0, p.exitValue(), () -> read(out));
        assertTrue(!read(out).isBlank());
    }

    /** Starts the tool the way this test runs: from the module path, or else from the class path. */
    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null) {
            command.addAll(List.of("--module-path", modulePath, "-m", "org.talentcatalog.cli/" + Main.class.getName()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
