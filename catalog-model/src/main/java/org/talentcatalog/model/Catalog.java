package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.TextLength;

/**
 * One edition of a talent shortage catalog (急需紧缺人才目录), the root of the exchange format
 * (docs/format.md). Immutable; compare by value; build one with {@link #builder()}.
 *
 * <p>Required members are {@code null} only in a catalog under construction or read leniently;
 * {@link jakarta.validation.Validator Bean Validation} reports them.
 *
 * @param formatVersion the format version, {@value #FORMAT_VERSION} (required)
 * @param id the catalog series id, stable across editions, e.g. {@code sh-ic} (required)
 * @param title the catalog's name (目录名称) (required)
 * @param kind industry, regional or special (required)
 * @param level who issues it: municipal or district (required)
 * @param scope what it covers (required)
 * @param edition version and validity (required)
 * @param status lifecycle state (required)
 * @param issuance who compiled and issues it (required)
 * @param methodology how it was compiled, or {@code null}
 * @param positions the entries (岗位); never {@code null}
 * @param extensions vendor extension members; never {@code null}
 */
public record Catalog(
        @NotNull(message = "{org.talentcatalog.model.required}")
        @Pattern(regexp = "^1\\.0$", message = "{org.talentcatalog.model.formatVersion}") @Nullable String formatVersion,
        @NotNull(message = "{org.talentcatalog.model.required}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,63}$", message = "{org.talentcatalog.model.pattern}") @Nullable String id,
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @TextLength(200) @Nullable LocalizedText title,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable CatalogKind kind,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable CatalogLevel level,
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @Nullable Scope scope,
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @Nullable Edition edition,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable Status status,
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @Nullable Issuance issuance,
        @Valid @Nullable Methodology methodology,
        List<@NotNull(message = "{org.talentcatalog.model.required}") @Valid Position> positions,
        Extensions extensions) {

    /** The version of the exchange format this library reads and writes. */
    public static final String FORMAT_VERSION = "1.0";

    /** Copies the list; {@code null} becomes empty. */
    public Catalog {
        positions = Lists.copy(positions);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    /** A builder for a new catalog of the current format version. */
    public static CatalogBuilder builder() {
        return new CatalogBuilder();
    }

    /** A builder initialised from this catalog, to derive a changed copy. */
    public CatalogBuilder toBuilder() {
        return new CatalogBuilder(this);
    }

    /** The position with the given id (compared case-sensitively), if any; positions without an id never match. */
    public Optional<Position> position(String positionId) {
        return positions.stream().filter(p -> positionId.equals(p.id())).findFirst();
    }

    /** A copy with the given status. */
    public Catalog withStatus(Status value) {
        return toBuilder().status(value).build();
    }

    /** A copy with the given positions. */
    public Catalog withPositions(List<Position> value) {
        return toBuilder().positions(value).build();
    }
}
