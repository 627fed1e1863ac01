package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How to build a catalog in code, write it and read it back: a municipal integrated-circuit catalog
 * of the kind the seed policy describes (产业人才目录, issued by the municipal HRSS bureau jointly with
 * the industry authority). Names, numbers and the document number are illustrative.
 */
class BuildingACatalogTest {

    private static final Organization HRSS =
            new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, null);
    private static final Organization ECONOMY_AND_IT =
            Organization.of("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY);

    static Catalog municipalIcCatalog() {
        Position designer = Position.builder("IC-001")
                .name("集成电路设计工程师", "IC design engineer")
                .industry("INTEGRATED_CIRCUIT")
                .industryClass("I6520")
                .occupationCode("2-02-09-06")
                .category(JobCategory.APPLIED_TECHNOLOGY)
                .description(LocalizedText.of("负责数字/模拟芯片的架构设计、RTL 实现与验证。"))
                .requirements(Requirements.of(Education.MASTER)
                        .withMajors("微电子科学与工程", "集成电路设计与集成系统")
                        .withCompetencies("熟悉 EDA 工具链", "具备先进工艺节点流片经验")
                        .withExperience(new Experience(3, "主导过至少一款芯片流片"))
                        .withCertifications("高级工程师"))
                .shortage(new Shortage(ShortageLevel.VERY_SCARCE, 0.86, 0.9, "求人倍率高，招聘周期长"))
                .demand(new Demand(120, new Salary(new BigDecimal("400000"), new BigDecimal("800000"), null, SalaryPeriod.YEAR)))
                .policies(Policy.TALENT_INTRODUCTION, Policy.RESIDENCE, Policy.HOUSING)
                .extensions(Extensions.none().with("x-source-row", JsonNodeFactory.instance.numberNode(12)))
                .build();
        Position processEngineer = Position.builder("IC-002")
                .name("工艺整合工程师", "Process integration engineer")
                .industry("INTEGRATED_CIRCUIT")
                .category(JobCategory.APPLIED_TECHNOLOGY)
                .requirements(Requirements.of(Education.BACHELOR).withMajors("材料科学与工程"))
                .shortage(Shortage.of(ShortageLevel.SCARCE))
                .build();
        Position operator = Position.builder("IC-003")
                .name("设备维护技术员", null)
                .industry("INTEGRATED_CIRCUIT")
                .category(JobCategory.BUSINESS_OPERATIONS)
                .requirements(Requirements.of(Education.VOCATIONAL).withExperience(Experience.ofYears(1)))
                .shortage(Shortage.of(ShortageLevel.GENERALLY_SCARCE))
                .build();

        return Catalog.builder()
                .id("sh-ic")
                .title("上海市集成电路产业急需紧缺人才目录", "Shanghai integrated circuit talent shortage catalog")
                .kind(CatalogKind.INDUSTRY)
                .level(CatalogLevel.MUNICIPAL)
                .scope(Scope.ofIndustries("INTEGRATED_CIRCUIT"))
                .edition(Edition.of("2024.1")
                        .withPublishedOn(LocalDate.of(2024, 3, 15))
                        .withValidity(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31))
                        .withSupersedes("2023"))
                .status(Status.PUBLISHED)
                .compiler(ECONOMY_AND_IT)
                .jointIssuer(HRSS)
                .jointIssuer(ECONOMY_AND_IT)
                .documentNumber("沪人社力〔2024〕100号")
                .contractor(new Contractor("上海某人才研究院", OrganizationRole.RESEARCH_INSTITUTE, "91350100M000100Y43",
                        ContractorSelection.OPEN_COMPETITION))
                .methodology(new Methodology(
                        new Survey(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), 1500,
                                Map.of(RespondentType.EMPLOYER, 1200), List.of(SurveyMethod.QUESTIONNAIRE, SurveyMethod.FIELD_RESEARCH)),
                        new ScoringMethod("加权评分法", List.of(
                                new Indicator("demand_supply_ratio", LocalizedText.of("求人倍率"), IndicatorDirection.POSITIVE, 0.6),
                                new Indicator("time_to_fill", LocalizedText.of("招聘周期"), IndicatorDirection.POSITIVE, 0.4)),
                                new Thresholds(0.8, 0.6, 0.4)),
                        List.of(Consultation.of(ConsultationType.EXPERT_REVIEW, LocalDate.of(2024, 1, 10)))))
                .position(designer, processEngineer, operator)
                .build();
    }

    /** A copy keeps an issuance whose parts are all empty (as read from {@code "issuance": {"compilers": []}}). */
    @Test
    void copiesKeepAnIssuanceWhoseListsAreEmpty() {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) CatalogJson.toTree(municipalIcCatalog());
        tree.putObject("issuance").putArray("compilers");
        Catalog read = CatalogJson.readString(tree.toString());
        Issuance empty = read.issuance();
        assertEquals(new Issuance(List.of(), List.of(), null, null), empty);
        assertEquals(empty, read.withPositions(List.of()).issuance());
        assertEquals(empty, read.withStatus(Status.DRAFT).issuance());
        assertEquals(read, read.toBuilder().build());
        assertEquals(null, read.toBuilder().issuance(null).build().issuance());
    }

    @Test
    void aCatalogBuiltWithTheBuildersIsValidAndSurvivesWritingAndReading() {
        Catalog catalog = municipalIcCatalog();
        assertEquals(List.of(), ModelValidation.describe(catalog));

        String json = CatalogJson.write(catalog);
        Catalog read = CatalogJson.readString(json);

        assertEquals(catalog, read);
        assertEquals(json, CatalogJson.write(read));
        assertEquals(ShortageLevel.VERY_SCARCE, read.position("IC-001").orElseThrow().level());
        assertEquals(12, read.position("IC-001").orElseThrow().extensions().get("x-source-row").orElseThrow().intValue());
    }

    @Test
    void theWrittenDocumentListsMembersInFormatMdOrder() {
        String json = CatalogJson.write(municipalIcCatalog());
        List<String> order = List.of("\"formatVersion\"", "\"id\"", "\"title\"", "\"kind\"", "\"level\"", "\"scope\"",
                "\"edition\"", "\"status\"", "\"issuance\"", "\"methodology\"", "\"positions\"");
        int last = -1;
        for (String member : order) {
            int at = json.indexOf("\n  " + member);
            assertTrue(at > last, member + " out of order in\n" + json);
            last = at;
        }
        assertTrue(json.startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"sh-ic\",\n"), json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void aChangedCopyIsDerivedWithoutTouchingTheOriginal() {
        Catalog published = municipalIcCatalog();
        Catalog superseded = published.withStatus(Status.SUPERSEDED);
        Catalog fewer = published.withPositions(published.positions().subList(0, 1));

        assertEquals(Status.PUBLISHED, published.status());
        assertEquals(Status.SUPERSEDED, superseded.status());
        assertEquals(3, published.positions().size());
        assertEquals(1, fewer.positions().size());
        assertEquals(published, published.toBuilder().build());
        assertEquals(published.positions().get(0), published.positions().get(0).toBuilder().build());
        assertTrue(published.position("ic-001").isEmpty()); // ids compare case-sensitively
    }

    @Test
    void aPositionWithoutAnIdIsSkippedByTheLookUp() {
        Catalog published = municipalIcCatalog();
        Position anonymous = published.positions().get(0).toBuilder().id(null).build();
        Catalog incomplete = published.withPositions(List.of(anonymous, published.positions().get(1)));

        assertEquals(published.positions().get(1), incomplete.position(published.positions().get(1).id()).orElseThrow());
        assertTrue(incomplete.position("IC-001").isEmpty());
    }
}
