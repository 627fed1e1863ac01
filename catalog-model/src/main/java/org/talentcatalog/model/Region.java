package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * The region a regional catalog covers: a GB/T 2260 six-digit district code or a key-area code such as
 * {@code LINGANG}, and its name.
 *
 * @param code {@code ^([0-9]{6}|[A-Z][A-Z0-9_]{1,63})$} (required)
 * @param name the region's name, plain text (required)
 */
public record Region(
        @NotNull(message = "{org.talentcatalog.model.required}")
        @Pattern(regexp = "^([0-9]{6}|[A-Z][A-Z0-9_]{1,63})$", message = "{org.talentcatalog.model.pattern}")
        @Nullable String code,
        @NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @MaxCodePoints(2000) @Nullable String name) {
}
