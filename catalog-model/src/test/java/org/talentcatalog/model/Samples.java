package org.talentcatalog.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small valid parts of a catalog, to vary one member at a time in constraint tests. */
final class Samples {

    /** A published code from the brief and from GB 32100-2015 examples. */
    static final String CREDIT_CODE = "91350100M000100Y43";

    static final LocalizedText TEXT = new LocalizedText("集成电路", "Integrated circuits");
    static final Organization ORG = new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, CREDIT_CODE);
    static final Requirements REQUIREMENTS = Requirements.of(Education.MASTER).withMajors("微电子", "电子科学与技术");
    static final Salary SALARY = new Salary(new BigDecimal("300000"), new BigDecimal("600000.00"), null, SalaryPeriod.YEAR);
    static final Shortage SHORTAGE = new Shortage(ShortageLevel.VERY_SCARCE, 0.9, 0.8, "求人倍率高");
    static final Survey SURVEY = new Survey(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31), 1200,
            Map.of(RespondentType.EMPLOYER, 800), List.of(SurveyMethod.QUESTIONNAIRE));
    static final Indicator INDICATOR = new Indicator("demand_ratio", LocalizedText.of("求人倍率"), IndicatorDirection.POSITIVE, 0.4);
    static final Consultation CONSULTATION = new Consultation(ConsultationType.EXPERT_REVIEW, LocalDate.of(2023, 6, 1), 12, "专家论证通过");

    private Samples() {
    }

    static Position position(String id) {
        return Position.builder(id)
                .name("集成电路设计工程师", "IC design engineer")
                .industry("INTEGRATED_CIRCUIT")
                .category(JobCategory.APPLIED_TECHNOLOGY)
                .requirements(REQUIREMENTS)
                .build();
    }

    static Catalog catalog(Position... positions) {
        return Catalog.builder()
                .id("sh-ic")
                .title("上海市集成电路产业急需紧缺人才目录", null)
                .kind(CatalogKind.INDUSTRY)
                .level(CatalogLevel.MUNICIPAL)
                .scope(Scope.ofIndustries("INTEGRATED_CIRCUIT"))
                .edition(Edition.of("2024"))
                .status(Status.DRAFT)
                .compiler(ORG)
                .position(positions)
                .build();
    }
}
