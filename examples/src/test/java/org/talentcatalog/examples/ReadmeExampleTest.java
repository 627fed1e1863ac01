package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogValidator;

/** The README's code runs, and the README shows the code that runs (so it cannot drift). */
class ReadmeExampleTest {

    @Test
    void readmeCodeRunsAndItsDraftValidates() {
        String json = ReadmeExample.run("data/catalogs/sh-ic-2024.json");
        assertTrue(CatalogValidator.standard().validate(CatalogJson.readString(json)).valid());
    }

    @Test
    void readmeShowsExactlyTheCodeThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/talentcatalog/examples/ReadmeExample.java"),
                StandardCharsets.UTF_8);
        String between = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("// README:end"));
        List<String> code = between.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.replace("Path.of(file)", "Path.of(\"catalog.json\")")).toList();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(readme.indexOf("```java", readme.indexOf("## In code")) + 7);
        block = block.substring(0, block.indexOf("```"));
        List<String> shown = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(code, shown);
    }
}
