package org.talentcatalog.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The version and validity of one edition of a catalog (seed 十二, 动态更新).
 *
 * <p>Versions are {@code YYYY} or {@code YYYY.N} and compare numerically: see {@link CatalogVersion}.
 *
 * @param version this edition's version, e.g. {@code 2024} or {@code 2024.1} (required)
 * @param publishedOn the publication date, or {@code null}
 * @param validFrom first day of validity, or {@code null}
 * @param validUntil last day of validity, or {@code null}
 * @param supersedes the version of the edition this one replaces, or {@code null}
 */
public record Edition(
        @NotNull(message = "{org.talentcatalog.model.required}")
        @Pattern(regexp = CatalogVersion.PATTERN, message = "{org.talentcatalog.model.pattern}") @Nullable String version,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Pattern(regexp = CatalogVersion.PATTERN, message = "{org.talentcatalog.model.pattern}") @Nullable String supersedes) {

    /** An edition with only a version. */
    public static Edition of(String version) {
        return new Edition(version, null, null, null, null);
    }

    /** A copy with the given validity. */
    public Edition withValidity(@Nullable LocalDate from, @Nullable LocalDate until) {
        return new Edition(version, publishedOn, from, until, supersedes);
    }

    /** A copy with the given publication date. */
    public Edition withPublishedOn(@Nullable LocalDate date) {
        return new Edition(version, date, validFrom, validUntil, supersedes);
    }

    /** A copy that supersedes the given version. */
    public Edition withSupersedes(@Nullable String previous) {
        return new Edition(version, publishedOn, validFrom, validUntil, previous);
    }
}
