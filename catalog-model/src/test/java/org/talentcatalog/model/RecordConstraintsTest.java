package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.model.Samples.CONSULTATION;
import static org.talentcatalog.model.Samples.INDICATOR;
import static org.talentcatalog.model.Samples.ORG;
import static org.talentcatalog.model.Samples.REQUIREMENTS;
import static org.talentcatalog.model.Samples.SALARY;
import static org.talentcatalog.model.Samples.SHORTAGE;
import static org.talentcatalog.model.Samples.SURVEY;
import static org.talentcatalog.model.Samples.TEXT;

import jakarta.validation.ConstraintViolation;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Bean Validation constraint on the records, with a passing and a failing value: the failing
 * one gives exactly one violation (a constraint on a record component is not also reported for its
 * accessor), at the expected property path, with the message of the model's bundle in Chinese by
 * default and in English on request.
 */
class RecordConstraintsTest {

    private static final String REQUIRED = "org.talentcatalog.model.required";
    private static final String PATTERN = "org.talentcatalog.model.pattern";
    private static final String MINIMUM = "org.talentcatalog.model.minimum";
    private static final String MAXIMUM = "org.talentcatalog.model.maximum";
    private static final String NON_BLANK = "org.talentcatalog.model.constraints.NonBlank.message";
    private static final String MAX_CP = "org.talentcatalog.model.constraints.MaxCodePoints.message";
    private static final String UNIQUE = "org.talentcatalog.model.uniqueItems";

    static Stream<Arguments> constraints() {
        Position p = Samples.position("IC-001");
        Catalog c = Samples.catalog(p);
        return Stream.of(
                // Catalog
                row("Catalog.formatVersion @NotNull", c, c.toBuilder().formatVersion(null).build(), "formatVersion", REQUIRED),
                row("Catalog.formatVersion @Pattern", c, c.toBuilder().formatVersion("1.1").build(), "formatVersion", "org.talentcatalog.model.formatVersion"),
                row("Catalog.id @NotNull", c, c.toBuilder().id(null).build(), "id", REQUIRED),
                row("Catalog.id @Pattern", c, c.toBuilder().id("SH-IC").build(), "id", PATTERN),
                row("Catalog.id @Pattern (one character)", c, c.toBuilder().id("s").build(), "id", PATTERN),
                row("Catalog.title @NotNull", c, c.toBuilder().title(null).build(), "title", REQUIRED),
                row("Catalog.kind @NotNull", c, c.toBuilder().kind(null).build(), "kind", REQUIRED),
                row("Catalog.level @NotNull", c, c.toBuilder().level(null).build(), "level", REQUIRED),
                row("Catalog.scope @NotNull", c, c.toBuilder().scope(null).build(), "scope", REQUIRED),
                row("Catalog.edition @NotNull", c, c.toBuilder().edition(null).build(), "edition", REQUIRED),
                row("Catalog.status @NotNull", c, c.toBuilder().status(null).build(), "status", REQUIRED),
                row("Catalog.issuance @NotNull", c, c.toBuilder().issuance(null).build(), "issuance", REQUIRED),
                // Scope, Region, Program
                row("Scope.industries item @Pattern", Scope.ofIndustries("AI_2"), Scope.ofIndustries("AI", "ai"), "industries[1].<list element>", PATTERN),
                row("Scope.industries @UniqueItems", Scope.ofIndustries("AI", "FINANCE"), Scope.ofIndustries("AI", "AI"), "industries", UNIQUE),
                row("Region.code @NotNull", new Region("310115", "浦东新区"), new Region(null, "浦东新区"), "code", REQUIRED),
                row("Region.code @Pattern", new Region("LINGANG", "临港新片区"), new Region("31011", "浦东新区"), "code", PATTERN),
                row("Region.name @NotNull", new Region("310115", "浦东新区"), new Region("310115", null), "name", REQUIRED),
                row("Program.name @NotNull", new Program(TEXT, ProgramType.MAJOR_PROJECT), new Program(null, ProgramType.MAJOR_PROJECT), "name", REQUIRED),
                row("Program.type @NotNull", new Program(TEXT, ProgramType.MAJOR_PROJECT), new Program(TEXT, null), "type", REQUIRED),
                // Edition
                row("Edition.version @NotNull", Edition.of("2024.10"), Edition.of(null), "version", REQUIRED),
                row("Edition.version @Pattern", Edition.of("2024.001"), Edition.of("2024.1000"), "version", PATTERN),
                row("Edition.supersedes @Pattern", Edition.of("2024").withSupersedes("2023.2"), Edition.of("2024").withSupersedes("v2023"), "supersedes", PATTERN),
                // Issuance, Organization, Contractor
                row("Issuance.compilers @Size(min = 1)", Issuance.of(List.of(ORG), List.of()), Issuance.of(List.of(), List.of(ORG)), "compilers", "org.talentcatalog.model.minItems"),
                row("Organization.name @NotNull", ORG, new Organization(null, OrganizationRole.OTHER, null), "name", REQUIRED),
                row("Organization.role @NotNull", ORG, new Organization("某协会", null, null), "role", REQUIRED),
                row("Contractor.selection @NotNull", new Contractor("某研究院", OrganizationRole.RESEARCH_INSTITUTE, null, ContractorSelection.OPEN_COMPETITION),
                        new Contractor("某研究院", OrganizationRole.RESEARCH_INSTITUTE, null, null), "selection", REQUIRED),
                row("Contractor.role @NotNull", new Contractor("某研究院", OrganizationRole.OTHER, null, ContractorSelection.TENDER),
                        new Contractor("某研究院", null, null, ContractorSelection.TENDER), "role", REQUIRED),
                row("Contractor.name @NotNull", new Contractor("某研究院", OrganizationRole.OTHER, null, ContractorSelection.TENDER),
                        new Contractor(null, OrganizationRole.OTHER, null, ContractorSelection.TENDER), "name", REQUIRED),
                // Methodology
                row("Survey.sampleSize @Min(0)", SURVEY, new Survey(null, null, -1, null, null), "sampleSize", MINIMUM),
                row("Survey.respondents value @Min(0)", new Survey(null, null, 0, Map.of(RespondentType.EMPLOYER, 0), null),
                        new Survey(null, null, null, Map.of(RespondentType.EMPLOYER, -3), null), "respondents[EMPLOYER].<map value>", MINIMUM),
                row("Survey.methods @UniqueItems", SURVEY, new Survey(null, null, null, null, List.of(SurveyMethod.INTERVIEW, SurveyMethod.INTERVIEW)), "methods", UNIQUE),
                row("Indicator.id @NotNull", INDICATOR, new Indicator(null, null, IndicatorDirection.NEGATIVE, null), "id", REQUIRED),
                row("Indicator.id @Pattern", new Indicator("x", null, IndicatorDirection.NEGATIVE, null), new Indicator("Demand", null, IndicatorDirection.NEGATIVE, null), "id", PATTERN),
                row("Indicator.direction @NotNull", INDICATOR, new Indicator("demand", null, null, null), "direction", REQUIRED),
                row("Thresholds.veryScarce @DecimalMax(1)", new Thresholds(1, 0.5, 0), new Thresholds(1.01, 0.5, 0.2), "veryScarce", MAXIMUM),
                row("Thresholds.scarce @DecimalMin(0)", new Thresholds(0.8, 0, 0), new Thresholds(0.8, -0.1, 0), "scarce", MINIMUM),
                row("Thresholds.scarce @DecimalMax(1)", new Thresholds(0.8, 0.5, 0), new Thresholds(0.8, 2, 0), "scarce", MAXIMUM),
                row("Thresholds.generallyScarce @DecimalMin(0)", new Thresholds(0.8, 0.5, 0.2), new Thresholds(0.8, 0.5, -0.2), "generallyScarce", MINIMUM),
                row("Thresholds.generallyScarce @DecimalMax(1)", new Thresholds(0.8, 0.5, 0.2), new Thresholds(0.8, 0.5, 1.2), "generallyScarce", MAXIMUM),
                row("Thresholds.veryScarce @DecimalMin(0)", new Thresholds(0, 0, 0), new Thresholds(-1, 0, 0), "veryScarce", MINIMUM),
                row("Consultation.type @NotNull", CONSULTATION, new Consultation(null, LocalDate.of(2023, 6, 1), null, null), "type", REQUIRED),
                row("Consultation.date @NotNull", CONSULTATION, new Consultation(ConsultationType.DEPARTMENT_SEMINAR, null, null, null), "date", REQUIRED),
                row("Consultation.participants @Min(0)", CONSULTATION, new Consultation(ConsultationType.DEPARTMENT_SEMINAR, LocalDate.of(2023, 6, 1), -1, null), "participants", MINIMUM),
                // Position
                row("Position.id @NotNull", p, p.toBuilder().id(null).build(), "id", REQUIRED),
                row("Position.id @Pattern", p.toBuilder().id("A").build(), p.toBuilder().id("-A").build(), "id", PATTERN),
                row("Position.name @NotNull", p, p.toBuilder().name(null).build(), "name", REQUIRED),
                row("Position.industry @NotNull", p, p.toBuilder().industry(null).build(), "industry", REQUIRED),
                row("Position.industry @Pattern", p, p.toBuilder().industry("IC-DESIGN").build(), "industry", PATTERN),
                row("Position.industryClass @Pattern", p.toBuilder().industryClass("C3973").build(), p.toBuilder().industryClass("U39").build(), "industryClass", PATTERN),
                row("Position.occupationCode @Pattern", p.toBuilder().occupationCode("2-02-09-06").build(), p.toBuilder().occupationCode("9-02-09").build(), "occupationCode", PATTERN),
                row("Position.category @NotNull", p, p.toBuilder().category(null).build(), "category", REQUIRED),
                row("Position.requirements @NotNull", p, p.toBuilder().requirements(null).build(), "requirements", REQUIRED),
                row("Position.policies @UniqueItems", p.toBuilder().policies(Policy.HOUSING, Policy.RESIDENCE).build(),
                        p.toBuilder().policies(Policy.HOUSING, Policy.HOUSING).build(), "policies", UNIQUE),
                // Requirements, Experience, Shortage, Demand, Salary
                row("Requirements.education @NotNull", REQUIREMENTS, new Requirements(null, null, null, null, null, null), "education", REQUIRED),
                row("Requirements.majors @UniqueItems", REQUIREMENTS, REQUIREMENTS.withMajors("微电子", "微电子"), "majors", UNIQUE),
                row("Requirements.competencies @UniqueItems", REQUIREMENTS.withCompetencies("EDA"), REQUIREMENTS.withCompetencies("EDA", "EDA"), "competencies", UNIQUE),
                row("Requirements.certifications @UniqueItems", REQUIREMENTS.withCertifications("高级工程师"), REQUIREMENTS.withCertifications("高级工程师", "高级工程师"), "certifications", UNIQUE),
                row("Experience.minYears @NotNull", Experience.ofYears(0), new Experience(null, "五年"), "minYears", REQUIRED),
                row("Experience.minYears @Min(0)", Experience.ofYears(0), Experience.ofYears(-1), "minYears", MINIMUM),
                row("Experience.minYears @Max(50)", Experience.ofYears(50), Experience.ofYears(51), "minYears", MAXIMUM),
                row("Shortage.level @NotNull", SHORTAGE, new Shortage(null, null, null, null), "level", REQUIRED),
                row("Shortage.score @DecimalMin(0)", new Shortage(ShortageLevel.SCARCE, 0.0, null, null), new Shortage(ShortageLevel.SCARCE, -0.01, null, null), "score", MINIMUM),
                row("Shortage.score @DecimalMax(1)", new Shortage(ShortageLevel.SCARCE, 1.0, null, null), new Shortage(ShortageLevel.SCARCE, 1.0001, null, null), "score", MAXIMUM),
                row("Shortage.confidence @DecimalMin(0)", SHORTAGE, new Shortage(ShortageLevel.SCARCE, null, -1.0, null), "confidence", MINIMUM),
                row("Shortage.confidence @DecimalMax(1)", SHORTAGE, new Shortage(ShortageLevel.SCARCE, null, 1.5, null), "confidence", MAXIMUM),
                row("Demand.headcount @Min(0)", new Demand(0, SALARY), new Demand(-5, SALARY), "headcount", MINIMUM),
                row("Salary.min @NotNull", SALARY, new Salary(null, BigDecimal.ONE, null, SalaryPeriod.MONTH), "min", REQUIRED),
                row("Salary.min @DecimalMin(0)", SALARY, new Salary(new BigDecimal("-0.01"), BigDecimal.ONE, null, SalaryPeriod.MONTH), "min", MINIMUM),
                row("Salary.max @NotNull", SALARY, new Salary(BigDecimal.ONE, null, null, SalaryPeriod.MONTH), "max", REQUIRED),
                row("Salary.max @DecimalMin(0)", SALARY, new Salary(BigDecimal.ZERO, new BigDecimal("-1"), null, SalaryPeriod.MONTH), "max", MINIMUM),
                row("Salary.currency @Pattern", SALARY, new Salary(BigDecimal.ONE, BigDecimal.TEN, "cny", SalaryPeriod.MONTH), "currency", PATTERN),
                row("Salary.period @NotNull", SALARY, new Salary(BigDecimal.ONE, BigDecimal.TEN, "USD", null), "period", REQUIRED),
                // LocalizedText and plain text
                row("LocalizedText.zh @NotNull", TEXT, new LocalizedText(null, "IC"), "zh", REQUIRED),
                row("LocalizedText.zh @NonBlank", TEXT, new LocalizedText("\u3000", "IC"), "zh", NON_BLANK),
                row("LocalizedText.en @NonBlank", TEXT, new LocalizedText("集成电路", "\u00a0"), "en", NON_BLANK),
                row("Issuance.documentNumber @MaxCodePoints(100)", Issuance.of(List.of(ORG), List.of()).withDocumentNumber("号".repeat(100)),
                        Issuance.of(List.of(ORG), List.of()).withDocumentNumber("号".repeat(101)), "documentNumber", MAX_CP),
                row("Issuance.documentNumber @NonBlank", Issuance.of(List.of(ORG), List.of()).withDocumentNumber("沪人社力〔2023〕438号"),
                        Issuance.of(List.of(ORG), List.of()).withDocumentNumber(" \t"), "documentNumber", NON_BLANK));
    }

    private static Arguments row(String name, Object valid, Object invalid, String path, String key) {
        return Arguments.of(name, valid, invalid, path, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraints")
    void eachConstraintPassesItsValidExampleAndReportsItsInvalidOneOnceInBothLanguages(
            String name, Object valid, Object invalid, String path, String key) {
        assertEquals(List.of(), ModelValidation.describe(valid), "valid example of " + name);

        Set<ConstraintViolation<Object>> violations = ModelValidation.validate(invalid);
        assertEquals(1, violations.size(), () -> name + ": " + ModelValidation.describe(invalid));
        ConstraintViolation<Object> v = violations.iterator().next();
        assertEquals(path, v.getPropertyPath().toString());
        assertEquals("{" + key + "}", v.getMessageTemplate());
        assertEquals(expected(key, Locale.CHINESE, v), v.getMessage());
        assertEquals(expected(key, Locale.ENGLISH, v), ModelValidation.message(v, Locale.ENGLISH));
    }

    /** The bundle's text for {@code key}, read directly from the properties file, with attributes filled in. */
    static String expected(String key, Locale locale, ConstraintViolation<?> v) {
        Properties bundle = new Properties();
        String file = "/org/talentcatalog/model/ValidationMessages_" + locale.getLanguage() + ".properties";
        try (InputStream in = RecordConstraintsTest.class.getResourceAsStream(file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = bundle.getProperty(key);
        for (Map.Entry<String, Object> a : v.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
        }
        return text;
    }
}
