package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.schema.CatalogSchema;
import org.talentcatalog.schema.CatalogValidator;

/**
 * The schema works unchanged in another language's draft-07 validator: Python's {@code jsonschema}
 * (with format assertion) accepts and rejects the shipped documents exactly as our schema layer does.
 * Skipped when Python or the package is not installed.
 */
class SchemaInOtherLanguagesTest {

    private static final String SCRIPT = String.join("\n",
            "import json, sys, jsonschema",
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))",
            "jsonschema.Draft7Validator.check_schema(schema)",
            "v = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)",
            "for path in sys.argv[2:]:",
            "    doc = json.load(open(path, encoding='utf-8'))",
            "    print(path + ' ' + ('valid' if v.is_valid(doc) else 'invalid'))");

    private static boolean pythonHasJsonschema() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import jsonschema").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void pythonJsonschemaAgreesWithOurSchemaLayer(@TempDir Path dir) throws Exception {
        assumeTrue(pythonHasJsonschema(), "python3 with jsonschema is not installed");
        Path schema = dir.resolve("catalog-1.0.schema.json");
        Files.writeString(schema, CatalogSchema.text(), StandardCharsets.UTF_8);
        Path script = dir.resolve("check.py");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        List<Path> docs = new ArrayList<>(ShippedCatalogsTest.catalogs().toList());
        docs.add(ShippedCatalogsTest.INVALID.resolve("vendor-export-faults.json"));

        List<String> command = new ArrayList<>(List.of("python3", script.toString(), schema.toString()));
        docs.forEach(d -> command.add(d.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        CatalogValidator ours = CatalogValidator.standard();
        StringBuilder expected = new StringBuilder();
        for (Path d : docs) {
            boolean schemaValid = ours.validate(d).issues().stream().noneMatch(i -> i.rule().startsWith("schema:"));
            expected.append(d).append(' ').append(schemaValid ? "valid" : "invalid").append('\n');
        }
        assertEquals(expected.toString(), out);
    }
}
