package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;

/** The shipped example catalogs are valid, canonical, and the faulty export gives its shipped report. */
class ShippedCatalogsTest {

    static final Path CATALOGS = Path.of("data/catalogs");
    static final Path INVALID = Path.of("data/invalid");
    private static final CatalogValidator VALIDATOR = CatalogValidator.standard();

    static Stream<Path> catalogs() throws IOException {
        try (Stream<Path> files = Files.list(CATALOGS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void shippedCatalogIsValidWithoutWarnings(Path file) {
        ValidationReport report = VALIDATOR.validate(file);
        assertTrue(report.issues().isEmpty(), () -> file + ": " + report.issues());
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void shippedCatalogIsInCanonicalForm(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Catalog catalog = CatalogJson.readString(text);
        assertEquals(text, CatalogJson.write(catalog), () -> file + " is not canonical");
    }

    @Test
    void shippedCatalogsCoverTheThreeKindsAndADraft() throws IOException {
        List<Catalog> all = catalogs().map(CatalogJson::read).toList();
        assertTrue(all.stream().anyMatch(c -> c.kind() == org.talentcatalog.model.CatalogKind.INDUSTRY
                && c.level() == org.talentcatalog.model.CatalogLevel.MUNICIPAL));
        assertTrue(all.stream().anyMatch(c -> c.kind() == org.talentcatalog.model.CatalogKind.REGIONAL
                && "LINGANG".equals(c.scope().region().code())));
        assertTrue(all.stream().anyMatch(c -> c.kind() == org.talentcatalog.model.CatalogKind.SPECIAL));
        assertTrue(all.stream().anyMatch(c -> c.status() == org.talentcatalog.model.Status.DRAFT));
    }

    @Test
    void faultyVendorExportGivesItsShippedReport() throws IOException {
        ValidationReport report = VALIDATOR.validate(INVALID.resolve("vendor-export-faults.json"));
        String expected = Files.readString(INVALID.resolve("vendor-export-faults.report.json"), StandardCharsets.UTF_8);
        assertEquals(expected, report.toJson(Locale.CHINESE));
        assertEquals(8, report.errorCount());
    }

    @Test
    void exampleProgramPrintsLocatedIssues() {
        String out = ValidateExportExample.check(INVALID.resolve("vendor-export-faults.json"), Locale.ENGLISH);
        assertTrue(out.contains("vendor-export-faults.json:28:23 ERROR R8 credit code"), out);
        assertTrue(out.endsWith("INVALID (8 errors, 2 warnings)\n"), out);
    }
}
