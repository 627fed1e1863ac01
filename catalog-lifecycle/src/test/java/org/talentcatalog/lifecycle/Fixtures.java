package org.talentcatalog.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;

/** Small catalogs for the lifecycle's tests. */
final class Fixtures {

    static final Organization HRSS = Organization.of("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS);
    static final Organization EITC = Organization.of("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY);

    private Fixtures() {
    }

    static Position position(String id, String name, ShortageLevel level, double score) {
        return Position.builder(id).name(name, null).industry("INTEGRATED_CIRCUIT")
                .category(JobCategory.APPLIED_TECHNOLOGY).requirements(Requirements.of(Education.BACHELOR))
                .shortage(level == null ? null : new Shortage(level, score, null, null)).build();
    }

    /** A draft of two levelled positions, compiled by the industry authority and the HR bureau. */
    static Catalog draft() {
        return Catalog.builder()
                .id("sh-ic")
                .title("上海市集成电路产业急需紧缺人才目录", null)
                .kind(CatalogKind.INDUSTRY)
                .level(CatalogLevel.MUNICIPAL)
                .scope(Scope.ofIndustries("INTEGRATED_CIRCUIT"))
                .edition(Edition.of("2025"))
                .status(Status.DRAFT)
                .compiler(EITC)
                .position(position("IC-001", "集成电路设计工程师", ShortageLevel.VERY_SCARCE, 0.9),
                        position("IC-002", "光刻工艺工程师", ShortageLevel.SCARCE, 0.6))
                .build();
    }

    static Methodology consultations(Consultation... held) {
        return new Methodology(null, null, List.of(held));
    }

    static Consultation held(ConsultationType type, String date) {
        return Consultation.of(type, LocalDate.parse(date));
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
