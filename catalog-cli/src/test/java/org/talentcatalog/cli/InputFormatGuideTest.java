package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import com.example.formats.JsonLinesFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.CatalogFormats;
import org.talentcatalog.tabular.ReadOptions;
import org.talentcatalog.tabular.WriteOptions;

/**
 * Runs the format example of {@code docs/extending.md} ("A new input format"), through the library
 * and the command line, and keeps the page's code identical to the files that run here.
 */
class InputFormatGuideTest {

    private static final Path GUIDE = Path.of("../docs/extending.md");
    private static final Path SOURCE = Path.of("src/test/java/com/example/formats/JsonLinesFormat.java");
    private static final Path SERVICES = Path.of("src/test/resources/META-INF/services/org.talentcatalog.tabular.spi.CatalogFormat");
    private static final Path THIS = Path.of("src/test/java/org/talentcatalog/cli/InputFormatGuideTest.java");
    private static final Path SAMPLE = Path.of("src/test/resources/formats/sh-ic-2024.jsonl");
    private static final Path JSON = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    @TempDir
    Path dir;

    private static String section() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int from = guide.indexOf("## A new input format\n");
        assertTrue(from >= 0, "docs/extending.md has a section \"## A new input format\"");
        int to = guide.indexOf("\n## ", from + 1);
        return guide.substring(from, to < 0 ? guide.length() : to + 1);
    }

    /** The body of the first fenced block after {@code heading} that opens with {@code fence}. */
    private static String block(String section, String heading, String fence) {
        int at = section.indexOf(heading);
        assertTrue(at >= 0, heading);
        int open = section.indexOf(fence + "\n", at);
        int close = section.indexOf("\n```\n", open);
        assertTrue(open >= 0 && close > open, fence + " block after " + heading);
        return section.substring(open + fence.length() + 1, close + 1);
    }

    @Test
    void theGuidesClassAndRegistrationLineAreTheFilesThatRunHere() throws Exception {
        String section = section();
        assertEquals(Files.readString(SOURCE, StandardCharsets.UTF_8), block(section, "### The class", "```java"),
                "docs/extending.md's format class differs from " + SOURCE);
        assertEquals(Files.readString(SERVICES, StandardCharsets.UTF_8), block(section, "### The registration line", "```"),
                "docs/extending.md's registration line differs from " + SERVICES);
        String source = Files.readString(THIS, StandardCharsets.UTF_8);
        String snippet = source.substring(source.lastIndexOf("// snippet:use begin"), source.lastIndexOf("// snippet:use end"));
        snippet = snippet.substring(snippet.indexOf('\n') + 1).stripIndent();
        assertEquals(snippet, block(section, "### Using it", "```java"), "docs/extending.md's \"Using it\" differs from this test");
    }

    @Test
    void theStandardRegistryFindsTheExampleThroughItsServicesLine() throws Exception {
        CatalogFormats formats = CatalogFormats.standard();
        assertEquals(List.of("json", "csv", "xlsx", "jsonl"), formats.names());
        assertInstanceOf(JsonLinesFormat.class, formats.forFile(SAMPLE));
        assertInstanceOf(JsonLinesFormat.class, formats.forExtension(Path.of("out.JSONL")).orElseThrow());
        // the same lines under another name are JSON to the registry: json comes first and sees a JSON text
        Path renamed = Files.copy(SAMPLE, dir.resolve("sh-ic-2024.json"));
        assertEquals("json", formats.forFile(renamed).name());
    }

    @Test
    void theSampleReadsAndValidatesAsTheJsonCatalog() throws Exception {
        Path file = SAMPLE;
        // snippet:use begin
        CatalogDocument doc = CatalogFormats.standard().read(file, ReadOptions.defaults());
        ValidationReport report = CatalogValidator.standard().validate(doc.tree(), doc::locate, List.of());
        // snippet:use end
        assertEquals("jsonl", doc.format());
        assertEquals(List.of(), doc.problems());
        ValidationReport fromJson = CatalogValidator.standard().validate(JSON);
        assertTrue(report.valid(), report::toString);
        assertEquals(fromJson.issues().stream().map(i -> i.rule() + " " + i.pointer()).toList(),
                report.issues().stream().map(i -> i.rule() + " " + i.pointer()).toList());
        assertEquals(CatalogJson.read(JSON), doc.toCatalog());
        assertEquals("4", doc.locate("/positions/2/name/zh"));
        assertEquals("1", doc.locate("/edition/version"));
    }

    @Test
    void theSampleIsWhatTheFormatWritesAndTheCommandsReadAndWriteIt() throws Exception {
        Path written = dir.resolve("written.jsonl");
        CatalogFormats.standard().write(CatalogJson.read(JSON), written, WriteOptions.defaults());
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(written));

        Run validate = run("validate", SAMPLE.toString());
        assertEquals(0, validate.code(), validate.err() + validate.out());
        Path converted = dir.resolve("converted.jsonl");
        Run convert = run("convert", JSON.toString(), converted.toString(), "--lang", "en");
        assertEquals(0, convert.code(), convert.err());
        assertEquals("wrote " + converted + " (12 positions)", convert.out().strip());
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(converted));
        String newer = "../examples/data/catalogs/sh-ic-2025.json";
        assertEquals(run("diff", JSON.toString(), newer).out(), run("diff", SAMPLE.toString(), newer).out());
    }

    @Test
    void problemsAreReportedAtTheirLine() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLE);
        Path broken = dir.resolve("broken.jsonl");
        Files.write(broken, List.of(lines.get(0), lines.get(1).replace("\"MASTER\"", "\"GRANDMASTER\""), "{\"id\": ", lines.get(3)));
        Run r = run("validate", broken.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(broken + ":3:8  error  read:syntax  not valid JSON"), r.out());
        assertTrue(r.out().contains(broken + ":2  error  "), r.out());
        assertTrue(r.out().contains("/positions/0/requirements/education"), r.out());
    }

    @Test
    void registeringTheExampleAgainNamesBothClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogFormats.standard().toBuilder().add(new JsonLinesFormat()).build());
        assertTrue(e.getMessage().contains("jsonl is registered twice: " + JsonLinesFormat.class.getName() + ", " + JsonLinesFormat.class.getName()),
                e.getMessage());
    }
}
