package org.talentcatalog.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.Status;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;

/**
 * The code of the README's "In code" section, compiled and run by {@code ReadmeExampleTest}, which
 * also checks that the README shows exactly this code.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /** Reads and validates one file, then builds a draft in code; returns the draft's canonical JSON. */
    public static String run(String file) {
        // README:begin
        Catalog catalog = CatalogJson.read(Path.of(file));          // strict structural read
        ValidationReport report = CatalogValidator.standard().validate(Path.of(file));
        for (Issue issue : report.issues()) {
            System.out.println(issue.line() + ":" + issue.column() + " " + issue.rule() + " " + issue.message(Locale.CHINESE));
        }

        Catalog draft = Catalog.builder()
                .id("sh-ic").title("上海市集成电路产业急需紧缺人才目录", "Shanghai IC talent shortage catalog")
                .kind(CatalogKind.INDUSTRY).level(CatalogLevel.MUNICIPAL)
                .scope(Scope.ofIndustries("INTEGRATED_CIRCUIT"))
                .edition(Edition.of("2025")).status(Status.DRAFT)
                .compiler(Organization.of("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY))
                .position(Position.builder("IC-001")
                        .name("集成电路设计工程师", "IC design engineer")
                        .industry("INTEGRATED_CIRCUIT").occupationCode("2-02-38-09")
                        .category(JobCategory.APPLIED_TECHNOLOGY)
                        .requirements(Requirements.of(Education.MASTER).withMajors("微电子科学与工程"))
                        .build())
                .build();
        String json = CatalogJson.write(draft);                               // canonical JSON
        // README:end
        if (!catalog.id().equals(draft.id())) {
            throw new IllegalStateException("expected the shipped IC catalog");
        }
        return json;
    }
}
