package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.cli.Main;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.LevelMove;

/** Keeps the diff section of {@code examples/README.md} equal to what the code and the tool produce. */
class DiffEditionsExampleTest {

    private static final Path CATALOGS = Path.of("data/catalogs");
    private static final Path README = Path.of("README.md");

    private static String section(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, "markers " + begin + " … " + end);
        return text.substring(text.indexOf('\n', from) + 1, to);
    }

    @Test
    void readmeChangelogSectionIsExactlyTheChangelogOfTheShippedEditions() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String zh = section(readme, "<!-- changelog:zh begin", "<!-- changelog:zh end");
        assertEquals(DiffEditionsExample.changelog(CATALOGS, Locale.CHINESE), zh,
                "examples/README.md drifted: paste the output of ./catalog diff … --format markdown");
    }

    @Test
    void readmeCodeSnippetIsTheExampleSource() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src/main/java/org/talentcatalog/examples/DiffEditionsExample.java"));
        String snippet = section(source, "// snippet:diff begin", "// snippet:diff end").stripIndent().strip();
        assertTrue(readme.contains(snippet), "README code differs from DiffEditionsExample:\n" + snippet);
    }

    @Test
    void commandLinePrintsTheSameChangelogAndExitsZero() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"diff", CATALOGS.resolve("sh-ic-2024.json").toString(),
            CATALOGS.resolve("sh-ic-2025.json").toString(), "--format", "markdown"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertEquals(DiffEditionsExample.changelog(CATALOGS, Locale.CHINESE), out.toString());
    }

    @Test
    void shippedEditionsShowEveryKindOfChange() {
        CatalogDiff diff = CatalogDiff.between(CatalogJson.read(CATALOGS.resolve("sh-ic-2024.json")),
                CatalogJson.read(CATALOGS.resolve("sh-ic-2025.json")));
        assertEquals(2, diff.added().size());
        assertEquals(1, diff.removed().size());
        assertEquals("IC-013", diff.renamed().get(0).id());
        assertEquals("IC-004", diff.renamed().get(0).older().id());
        assertEquals(3, diff.levelMoves(LevelMove.RAISED).size());
        assertEquals(1, diff.levelMoves(LevelMove.LOWERED).size());
        assertTrue(diff.catalogChanges().stream().anyMatch(c -> c.path().equals("/edition/version")));
        assertTrue(diff.catalogChanges().stream().anyMatch(c -> c.path().startsWith("/x-")));
    }
}
