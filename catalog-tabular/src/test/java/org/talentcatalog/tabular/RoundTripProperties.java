package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogArbitraries;
import org.talentcatalog.model.CatalogJson;

/** Any valid catalog written as a table and read back is equal to itself, in every writer style. */
class RoundTripProperties {

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogArbitraries.catalogs();
    }

    @Provide
    Arbitrary<CatalogTables> styles() {
        return Arbitraries.of(HeaderLanguage.class).flatMap(h -> Arbitraries.of(LevelStyle.class)
                .map(l -> CatalogTables.builder().headers(h).levelStyle(l).build()));
    }

    @Property(tries = 100)
    void catalogSurvivesXlsx(@ForAll("catalogs") Catalog catalog, @ForAll("styles") CatalogTables tables) throws IOException {
        Path dir = Files.createTempDirectory("rt");
        try {
            Path file = dir.resolve("c.xlsx");
            tables.write(catalog, file);
            CatalogDocument doc = tables.read(file);
            assertTrue(doc.problems().isEmpty(), () -> doc.problems().toString());
            Catalog back = doc.toCatalog();
            if (!catalog.equals(back)) {
                JsonDiff.assertSameJson(CatalogJson.write(catalog), CatalogJson.write(back));
            }
            assertEquals(catalog, back);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 100)
    void catalogSurvivesCsv(@ForAll("catalogs") Catalog catalog, @ForAll("styles") CatalogTables style,
            @ForAll boolean gb18030) throws IOException {
        CatalogTables tables = gb18030 ? CatalogTables.builder().csvCharset(Charset.forName("GB18030")).build() : style;
        Path dir = Files.createTempDirectory("rt");
        try {
            Path file = dir.resolve("c.csv");
            tables.write(catalog, file);
            CatalogDocument doc = CatalogTables.standard().read(file); // character set detected
            assertTrue(doc.problems().isEmpty(), () -> doc.problems().toString());
            Catalog back = doc.toCatalog();
            if (!catalog.equals(back)) {
                JsonDiff.assertSameJson(CatalogJson.write(catalog), CatalogJson.write(back));
            }
            assertEquals(catalog, back);
        } finally {
            delete(dir);
        }
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
