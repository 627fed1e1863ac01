package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.publish.Release;

/**
 * Every page of a small release, whole, against pages read and checked line by line
 * (src/test/resources/handbook/small/expected): a catalog of two positions after an edition of two,
 * one kept and changed, one dropped and one added, as the site's pages and the print document, in
 * Chinese and in English. A difference names the page; the pages written are kept under
 * target/handbook-small for comparison. Also: the changes link to the new edition's cards wherever
 * it stands in the release.
 */
class WholePagesTest {

    private static final Path SMALL = Path.of("src/test/resources/handbook/small");

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void eachPageIsWrittenAsChecked(String language) throws IOException {
        Release release = Release.of(CatalogJson.read(SMALL.resolve("small-2025.json")))
                .withPrevious(CatalogJson.read(SMALL.resolve("small-2024.json")));
        HandbookView view = Views.of(release, new Words(Locale.forLanguageTag(language)));
        Path out = Path.of("target/handbook-small", language);
        if (Files.exists(out)) {
            try (Stream<Path> old = Files.walk(out)) {
                for (Path f : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(out);
        HtmlHandbook.fill(view, out);
        StringWriter print = new StringWriter();
        PrintHandbook.write(view, "serif", print);
        Files.writeString(out.resolve("print.xhtml"), print.toString(), StandardCharsets.UTF_8);
        Path expected = SMALL.resolve("expected").resolve(language);
        List<String> pages;
        try (Stream<Path> files = Files.list(out)) {
            pages = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith("html")).sorted().toList();
        }
        List<String> wanted;
        try (Stream<Path> files = Files.list(expected)) {
            wanted = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(wanted, pages, "the pages written");
        for (String page : pages) {
            assertEquals(Files.readString(expected.resolve(page), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(page), StandardCharsets.UTF_8), page);
        }
    }

    @Test
    void theChangesLinkToTheNewEditionWhereverItStandsInTheRelease() throws IOException {
        // the previous edition under the new one's id, so that the second catalog is its successor
        Release release = Release.of(CatalogJson.readString("""
                {"id": "other", "title": {"zh": "另一目录"}, "positions": [{"id": "A2", "name": {"zh": "同号岗位"}}]}"""),
                CatalogJson.read(SMALL.resolve("small-2025.json"))).withPrevious(CatalogJson.readString(
                        Files.readString(SMALL.resolve("small-2024.json")).replace("sh-small-2024", "sh-small-2025")));
        HandbookView view = Views.of(release, new Words(Locale.CHINESE));
        assertEquals("catalog-sh-small-2025.html#p-A2", view.changes().get(0).items().get(0).value(),
                "the added position's card is on the new edition's page, not the first catalog's");
    }
}
