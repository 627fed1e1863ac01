package com.example.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.constraints.CatalogMessageInterpolator;
import org.talentcatalog.schema.CatalogSchema;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.ScoringResult;

/** The library works from a named module: every resource it ships is found there. */
class ModulePathTest {

    private static final Path DATA = Path.of(System.getProperty("catalog.examples", "../examples/data"));

    private final CatalogDesk desk = new CatalogDesk();

    @Test
    void runsAsNamedModules() {
        // Guards the other tests: on the class path every module would be unnamed and they would prove nothing.
        assertEquals("com.example.catalogs", CatalogDesk.class.getModule().getName());
        assertEquals("org.talentcatalog.schema", CatalogValidator.class.getModule().getName());
        assertEquals("org.talentcatalog.model", Catalog.class.getModule().getName());
    }

    @Test
    void validatesTheShippedCatalog() {
        ValidationReport report = desk.check(DATA.resolve("catalogs/sh-ic-2024.json"));
        assertTrue(report.valid(), () -> report.toJson(Locale.ENGLISH));
        assertEquals(0, report.warningCount(), () -> report.toJson(Locale.ENGLISH));
    }

    @Test
    void reportsFaultsWithMessagesInBothLanguages() {
        ValidationReport report = desk.check(DATA.resolve("invalid/vendor-export-faults.json"));
        assertFalse(report.valid());
        assertTrue(report.errorCount() > 0);
        // Messages come from the bundles and code lists shipped in the modules.
        String zh = report.toJson(Locale.CHINESE);
        String en = report.toJson(Locale.ENGLISH);
        assertTrue(zh.contains("统一社会信用代码"), zh);
        assertTrue(en.contains("credit code"), en);
    }

    @Test
    void theModelsConstraintsSpeakInTheApplicationsOwnValidator() {
        // As CatalogMessageInterpolator's documentation shows: the provider is found as a service.
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new CatalogMessageInterpolator()).buildValidatorFactory()) {
            Set<ConstraintViolation<Organization>> violations = factory.getValidator()
                    .validate(new Organization("某公司", OrganizationRole.ENTERPRISE, "91350100M000100Y44"));
            assertEquals(1, violations.size(), violations::toString);
            assertTrue(violations.iterator().next().getMessage().startsWith("不是有效的统一社会信用代码"),
                    violations::toString);
        }
    }

    @Test
    void readsTheResourcesShippedInTheModules() {
        assertTrue(CatalogSchema.text().contains(CatalogSchema.ID));
        assertTrue(OccupationCodes.defaults().contains("2-02-38-09"));
        assertTrue(IndustryClasses.defaults().size() > 1000);
        assertTrue(CodeLists.defaults().isKnownIndustry("INTEGRATED_CIRCUIT"));
    }

    @Test
    void scoresTheShippedSurvey() {
        ScoringResult result = desk.score(DATA.resolve("scoring/ic-scoring-config.json"),
                DATA.resolve("scoring/ic-survey-samples.csv"));
        assertFalse(result.positions().isEmpty());
        assertNotNull(result.positions().get(0).level());
    }

    @Test
    void convertsToAWorkbookAndBack(@TempDir Path dir) {
        Path json = DATA.resolve("catalogs/sh-ic-2024.json");
        Catalog back = desk.convert(json, dir.resolve("sh-ic-2024.xlsx"));
        assertEquals(CatalogJson.read(json).positions(), back.positions());
        assertTrue(Files.exists(dir.resolve("sh-ic-2024.xlsx")));
    }

    @Test
    void diffsTwoEditions() {
        String zh = desk.changes(DATA.resolve("catalogs/sh-ic-2024.json"), DATA.resolve("catalogs/sh-ic-2025.json"),
                Locale.CHINESE);
        assertTrue(zh.contains("新增"), zh);
    }

    @Test
    void launchedFromTheModulePathItPrintsOnlyItsResults(@TempDir Path dir) throws Exception {
        // As a user starts the application: every jar on the module path, a fresh JVM.
        launchAndCheck(RuntimeJars.runtime(), dir);
    }

    @Test
    void runsWithoutTheNullnessAnnotations(@TempDir Path dir) throws Exception {
        // The library requires org.jspecify statically: the annotations matter to compilers and
        // checkers only, so an application may leave their jar off the module path.
        List<Path> withoutAnnotations = RuntimeJars.runtime().stream()
                .filter(p -> !p.getFileName().toString().startsWith("jspecify-")).toList();
        assertTrue(withoutAnnotations.size() < RuntimeJars.runtime().size(), "the build resolves jspecify");
        launchAndCheck(withoutAnnotations, dir);
    }

    private void launchAndCheck(List<Path> modules, Path dir) throws Exception {
        String modulePath = modules.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        Path valid = DATA.resolve("catalogs/sh-ic-2024.json");
        Path faulty = DATA.resolve("invalid/vendor-export-faults.json");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "-m", "com.example.catalogs/" + CatalogDesk.class.getName(),
                valid.toString(), faulty.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the application did not finish");
        }
        assertEquals("", Files.readString(err, StandardCharsets.UTF_8), "standard error");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of(valid + ": valid", faulty + ": "
                + desk.check(faulty).errorCount() + " errors"), lines);
        assertEquals(1, p.exitValue());
    }
}
