package org.talentcatalog.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.CreditCode;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * The contractor (承接机构) that compiled the catalog, and how it was chosen (seed 七, 揭榜挂帅).
 *
 * @param name the contractor's name (required)
 * @param role its role (required)
 * @param creditCode its unified social credit code, or {@code null}
 * @param selection how it was chosen (required)
 */
public record Contractor(
        @NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @MaxCodePoints(2000) @Nullable String name,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable OrganizationRole role,
        @CreditCode @Nullable String creditCode,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable ContractorSelection selection) {

    /** This contractor as a plain organisation. */
    public Organization organization() {
        return new Organization(name, role, creditCode);
    }
}
