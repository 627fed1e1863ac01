package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.UniqueItems;

/**
 * What a catalog covers: industries (产业), a region (区域) or a programme (专项).
 *
 * <p>Which member a catalog needs depends on its {@link CatalogKind} (rule R1). An empty
 * {@code industries} list is the same as an absent one.
 *
 * @param industries industry codes, unique; never {@code null}
 * @param region the region, or {@code null}
 * @param program the programme, or {@code null}
 */
public record Scope(
        @UniqueItems(message = "{org.talentcatalog.model.uniqueItems}")
        List<@Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$", message = "{org.talentcatalog.model.pattern}") String> industries,
        @Valid @Nullable Region region,
        @Valid @Nullable Program program) {

    /** Copies {@code industries}; {@code null} becomes an empty list. */
    public Scope {
        industries = Lists.copy(industries);
    }

    /** The scope of an industry catalog. */
    public static Scope ofIndustries(String... industries) {
        return new Scope(List.of(industries), null, null);
    }

    /** The scope of a regional catalog. */
    public static Scope ofRegion(String code, String name) {
        return new Scope(List.of(), new Region(code, name), null);
    }

    /** The scope of a special catalog. */
    public static Scope ofProgram(LocalizedText name, ProgramType type) {
        return new Scope(List.of(), null, new Program(name, type));
    }
}
