package org.talentcatalog.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Demand;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.Indicator;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.SalaryPeriod;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.ScoringMethod;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.Survey;
import org.talentcatalog.model.SurveyMethod;
import org.talentcatalog.model.Thresholds;

/** A valid published municipal industry catalog, and helpers to break it one member at a time. */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final CatalogValidator VALIDATOR = CatalogValidator.standard();

    private Fixtures() {
    }

    static Position position(String id, String name, ShortageLevel level, double score) {
        return Position.builder(id)
                .name(name, null)
                .industry("INTEGRATED_CIRCUIT")
                .occupationCode("2-02-38-09")
                .category(JobCategory.APPLIED_TECHNOLOGY)
                .requirements(Requirements.of(Education.MASTER).withMajors("微电子科学与工程")
                        .withExperience(Experience.ofYears(3)))
                .shortage(new Shortage(level, score, null, null))
                .demand(new Demand(10, Salary.of(300000, 600000, SalaryPeriod.YEAR)))
                .build();
    }

    static Catalog catalog() {
        return Catalog.builder()
                .id("sh-ic")
                .title("上海市集成电路产业急需紧缺人才目录", "Shanghai IC catalog")
                .kind(CatalogKind.INDUSTRY).level(CatalogLevel.MUNICIPAL)
                .scope(Scope.ofIndustries("INTEGRATED_CIRCUIT"))
                .edition(new Edition("2024", LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 1),
                        LocalDate.of(2026, 3, 31), "2022"))
                .status(Status.PUBLISHED)
                .compiler(new Organization("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY, "91350100M000100Y43"))
                .jointIssuer(Organization.of("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS))
                .documentNumber("沪人社力〔2024〕15号")
                .methodology(new Methodology(
                        new Survey(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), 300,
                                Map.of(RespondentType.EMPLOYER, 200, RespondentType.INDUSTRY_ASSOCIATION, 5,
                                        RespondentType.HR_SERVICE_AGENCY, 9),
                                List.of(SurveyMethod.QUESTIONNAIRE)),
                        new ScoringMethod("加权求和", List.of(new Indicator("demand_supply_ratio",
                                LocalizedText.of("求人倍率"), IndicatorDirection.POSITIVE, 1.0)),
                                new Thresholds(0.7, 0.5, 0.25)),
                        List.of(Consultation.of(ConsultationType.EXPERT_REVIEW, LocalDate.of(2024, 1, 10)))))
                .position(position("IC-001", "集成电路设计工程师", ShortageLevel.VERY_SCARCE, 0.86),
                        position("IC-002", "工艺整合工程师", ShortageLevel.SCARCE, 0.6))
                .build();
    }

    /** The fixture as a mutable JSON tree. */
    static ObjectNode tree() {
        return (ObjectNode) CatalogJson.toTree(catalog());
    }

    /** Validates a JSON tree written with two-space indentation. */
    static ValidationReport validate(JsonNode doc) {
        try {
            return VALIDATOR.validateText(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object at a pointer. */
    static ObjectNode obj(JsonNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    /** The array at a pointer. */
    static ArrayNode arr(JsonNode doc, String pointer) {
        return (ArrayNode) doc.at(pointer);
    }
}
