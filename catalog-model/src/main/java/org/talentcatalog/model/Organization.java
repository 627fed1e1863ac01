package org.talentcatalog.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.CreditCode;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * An organisation that compiles or issues a catalog (编制部门, 联合发文单位).
 *
 * @param name the organisation's name, plain text (required)
 * @param role its role (required)
 * @param creditCode its unified social credit code (统一社会信用代码), or {@code null}
 */
public record Organization(
        @NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @MaxCodePoints(2000) @Nullable String name,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable OrganizationRole role,
        @CreditCode @Nullable String creditCode) {

    /** An organisation without a credit code. */
    public static Organization of(String name, OrganizationRole role) {
        return new Organization(name, role, null);
    }
}
