package org.talentcatalog.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Catalog} step by step; obtained from {@link Catalog#builder()}.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builder()
 *         .id("sh-ic")
 *         .title("上海市集成电路产业急需紧缺人才目录", "Shanghai IC talent shortage catalog")
 *         .kind(CatalogKind.INDUSTRY).level(CatalogLevel.MUNICIPAL)
 *         .scope(Scope.ofIndustries("INTEGRATED_CIRCUIT"))
 *         .edition(Edition.of("2024"))
 *         .status(Status.DRAFT)
 *         .compiler(Organization.of("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY))
 *         .position(Position.builder("IC-001")...build())
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe; {@link #build()} does not validate (use a validator for that).
 */
public final class CatalogBuilder {

    private @Nullable String formatVersion = Catalog.FORMAT_VERSION;
    private @Nullable String id;
    private @Nullable LocalizedText title;
    private @Nullable CatalogKind kind;
    private @Nullable CatalogLevel level;
    private @Nullable Scope scope;
    private @Nullable Edition edition;
    private @Nullable Status status;
    private List<Organization> compilers = new ArrayList<>();
    private List<Organization> jointIssuers = new ArrayList<>();
    private @Nullable String documentNumber;
    private @Nullable Contractor contractor;
    private @Nullable Methodology methodology;
    private List<Position> positions = new ArrayList<>();
    private Extensions extensions = Extensions.none();
    /** An issuance was given whole, even one whose parts are all empty: it is kept, not dropped. */
    private boolean issuanceGiven;

    CatalogBuilder() {
    }

    CatalogBuilder(Catalog c) {
        formatVersion = c.formatVersion();
        id = c.id();
        title = c.title();
        kind = c.kind();
        level = c.level();
        scope = c.scope();
        edition = c.edition();
        status = c.status();
        issuance(c.issuance());
        methodology = c.methodology();
        positions = new ArrayList<>(c.positions());
        extensions = c.extensions();
    }

    /** Sets the format version (normally left at {@value Catalog#FORMAT_VERSION}). */
    public CatalogBuilder formatVersion(@Nullable String value) {
        formatVersion = value;
        return this;
    }

    /** Sets the catalog series id. */
    public CatalogBuilder id(@Nullable String value) {
        id = value;
        return this;
    }

    /** Sets the title. */
    public CatalogBuilder title(@Nullable LocalizedText value) {
        title = value;
        return this;
    }

    /** Sets the title in Chinese and English ({@code en} may be {@code null}). */
    public CatalogBuilder title(String zh, @Nullable String en) {
        return title(new LocalizedText(zh, en));
    }

    /** Sets the kind. */
    public CatalogBuilder kind(@Nullable CatalogKind value) {
        kind = value;
        return this;
    }

    /** Sets the issuing level. */
    public CatalogBuilder level(@Nullable CatalogLevel value) {
        level = value;
        return this;
    }

    /** Sets the scope. */
    public CatalogBuilder scope(@Nullable Scope value) {
        scope = value;
        return this;
    }

    /** Sets the edition. */
    public CatalogBuilder edition(@Nullable Edition value) {
        edition = value;
        return this;
    }

    /** Sets the status. */
    public CatalogBuilder status(@Nullable Status value) {
        status = value;
        return this;
    }

    /** Replaces the whole issuance (compilers, joint issuers, document number, contractor). */
    public CatalogBuilder issuance(@Nullable Issuance value) {
        issuanceGiven = value != null;
        if (value == null) {
            compilers = new ArrayList<>();
            jointIssuers = new ArrayList<>();
            documentNumber = null;
            contractor = null;
        } else {
            compilers = new ArrayList<>(value.compilers());
            jointIssuers = new ArrayList<>(value.jointIssuers());
            documentNumber = value.documentNumber();
            contractor = value.contractor();
        }
        return this;
    }

    /** Adds a compiling body (编制部门). */
    public CatalogBuilder compiler(Organization value) {
        compilers.add(value);
        return this;
    }

    /** Adds a joint issuer (联合发文单位). */
    public CatalogBuilder jointIssuer(Organization value) {
        jointIssuers.add(value);
        return this;
    }

    /** Sets the document number (文号). */
    public CatalogBuilder documentNumber(@Nullable String value) {
        documentNumber = value;
        return this;
    }

    /** Sets the contractor (承接机构). */
    public CatalogBuilder contractor(@Nullable Contractor value) {
        contractor = value;
        return this;
    }

    /** Sets the methodology. */
    public CatalogBuilder methodology(@Nullable Methodology value) {
        methodology = value;
        return this;
    }

    /** Adds positions. */
    public CatalogBuilder position(Position... values) {
        positions.addAll(Arrays.asList(values));
        return this;
    }

    /** Replaces the positions. */
    public CatalogBuilder positions(List<Position> values) {
        positions = new ArrayList<>(values);
        return this;
    }

    /** Sets the catalog-level extension members. */
    public CatalogBuilder extensions(Extensions value) {
        extensions = value;
        return this;
    }

    /** The catalog; an issuance is present when it was given whole or any of its parts was set. */
    public Catalog build() {
        Issuance issuance = !issuanceGiven && compilers.isEmpty() && jointIssuers.isEmpty() && documentNumber == null && contractor == null
                ? null
                : new Issuance(compilers, jointIssuers, documentNumber, contractor);
        return new Catalog(formatVersion, id, title, kind, level, scope, edition, status, issuance,
                methodology, positions, extensions);
    }
}
