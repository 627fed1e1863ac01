package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogTables;

/** The README's table code runs, and the README shows the code that runs (so it cannot drift). */
class ReadmeTablesExampleTest {

    @Test
    void readmeTableCodeValidatesTheShippedWorkbookAndWritesItsCsv(@TempDir Path dir) {
        Path csv = dir.resolve("catalog.csv");
        ValidationReport report = ReadmeTablesExample.run(Path.of("data/tables/sh-ic-2024.xlsx"), csv);
        assertTrue(report.valid(), report.issues()::toString);
        assertTrue(Files.exists(CatalogTables.sideFileOf(csv)), "the side file is written beside the CSV");
        assertEquals(CatalogJson.read(Path.of("data/catalogs/sh-ic-2024.json")),
                CatalogTables.standard().read(csv).toCatalog());
    }

    @Test
    void readmeShowsExactlyTheCodeThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/talentcatalog/examples/ReadmeTablesExample.java"),
                StandardCharsets.UTF_8);
        String between = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("// README:end"));
        List<String> code = between.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.replace("read(export)", "read(Path.of(\"export.xlsx\"))")
                        .replace("write(catalog, csv)", "write(catalog, Path.of(\"catalog.csv\"))"))
                .toList();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(readme.indexOf("```java", readme.indexOf("## Tables (CSV and Excel)")) + 7);
        block = block.substring(0, block.indexOf("```"));
        List<String> shown = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(code, shown);
    }
}
