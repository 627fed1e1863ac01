package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Issue;
import org.talentcatalog.schema.CatalogSchema;
import org.talentcatalog.schema.CatalogValidator;

/**
 * The README's Python and JavaScript schema commands, run exactly as the README shows them, can gate
 * a CI job: exit 0 and nothing on standard error for a valid document; exit 1 and every schema error
 * on standard error for an invalid one. Each runs only where its runtime and packages are installed
 * (Python's {@code jsonschema}; Node's {@code ajv} and {@code ajv-formats}, found through
 * {@code NODE_PATH} for instance).
 */
class ReadmeSchemaCommandsTest {

    private static final Path VALID = Path.of("data/catalogs/sh-ic-2024.json");
    private static final Path INVALID = ShippedCatalogsTest.INVALID.resolve("vendor-export-faults.json");

    /** Result of one run. */
    private record Run(int exit, String stderr) {
    }

    /** The README line of the schema section's shell block that starts with {@code program}. */
    private static String readmeCommand(String program) throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Using the JSON Schema without Java"));
        String block = section.substring(section.indexOf("```sh") + 5);
        block = block.substring(0, block.indexOf("```"));
        return block.lines().filter(l -> l.startsWith(program + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + program + " command in the README"));
    }

    /** The command as an argument list: {@code program -c|-e 'script' args…} (the script has no single quote). */
    private static List<String> argv(String line) {
        int open = line.indexOf('\'');
        int close = line.lastIndexOf('\'');
        List<String> argv = new ArrayList<>(List.of(line.substring(0, open).strip().split(" ")));
        argv.add(line.substring(open + 1, close));
        argv.addAll(List.of(line.substring(close + 1).strip().split(" ")));
        return argv;
    }

    private static Run run(List<String> argv, Path dir, Path catalog) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("catalog-1.0.schema.json"), CatalogSchema.text(), StandardCharsets.UTF_8);
        Files.copy(catalog, dir.resolve("catalog.json"), StandardCopyOption.REPLACE_EXISTING);
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Exit 0 and silence for the valid catalog; exit 1 and every schema error's member for the invalid one. */
    private static void gatesCi(List<String> argv, Path dir) throws IOException, InterruptedException {
        Run valid = run(argv, dir, VALID);
        assertEquals(0, valid.exit(), valid.stderr());
        assertEquals("", valid.stderr().strip());
        Run invalid = run(argv, dir, INVALID);
        assertEquals(1, invalid.exit(), invalid.stderr());
        List<Issue> schemaIssues = CatalogValidator.standard().validate(INVALID).issues().stream()
                .filter(i -> i.rule().startsWith("schema:")).toList();
        assertFalse(schemaIssues.isEmpty());
        for (Issue issue : schemaIssues) {
            String member = issue.pointer().substring(issue.pointer().lastIndexOf('/') + 1);
            assertTrue(invalid.stderr().contains(member), () -> issue + " not on stderr:\n" + invalid.stderr());
        }
    }

    @Test
    void pythonCommandExitsOneAndListsEveryErrorForAnInvalidDocument(@TempDir Path dir) throws Exception {
        assumeTrue(available("python3", "-c", "import jsonschema"), "python3 with jsonschema is not installed");
        gatesCi(argv(readmeCommand("python3")), dir);
    }

    @Test
    void javascriptCommandExitsOneAndListsEveryErrorForAnInvalidDocument(@TempDir Path dir) throws Exception {
        assumeTrue(available("node", "-e", "require('ajv'); require('ajv-formats')"),
                "node with ajv and ajv-formats is not installed");
        gatesCi(argv(readmeCommand("node")), dir);
    }
}
