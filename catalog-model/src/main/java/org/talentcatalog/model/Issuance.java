package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * Who compiled and who issues a catalog (seed 十, 联合发文).
 *
 * @param compilers the compiling bodies (编制部门), at least one; never {@code null}
 * @param jointIssuers the joint issuers (联合发文单位); never {@code null}
 * @param documentNumber the document number (文号), e.g. {@code 沪人社力〔2023〕438号}, or {@code null}
 * @param contractor the contractor (承接机构), or {@code null}
 */
public record Issuance(
        @Size(min = 1, message = "{org.talentcatalog.model.minItems}") List<@NotNull(message = "{org.talentcatalog.model.required}") @Valid Organization> compilers,
        List<@NotNull(message = "{org.talentcatalog.model.required}") @Valid Organization> jointIssuers,
        @NonBlank @MaxCodePoints(100) @Nullable String documentNumber,
        @Valid @Nullable Contractor contractor) {

    /** Copies the lists; {@code null} becomes empty. */
    public Issuance {
        compilers = Lists.copy(compilers);
        jointIssuers = Lists.copy(jointIssuers);
    }

    /** An issuance by the given compilers, jointly issued by the given issuers. */
    public static Issuance of(List<Organization> compilers, List<Organization> jointIssuers) {
        return new Issuance(compilers, jointIssuers, null, null);
    }

    /** A copy with the given document number. */
    public Issuance withDocumentNumber(@Nullable String number) {
        return new Issuance(compilers, jointIssuers, number, contractor);
    }

    /** A copy with the given contractor. */
    public Issuance withContractor(@Nullable Contractor value) {
        return new Issuance(compilers, jointIssuers, documentNumber, value);
    }
}
