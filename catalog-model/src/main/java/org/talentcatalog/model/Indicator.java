package org.talentcatalog.model;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.TextLength;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One indicator of the scoring method recorded in a catalog.
 *
 * @param id the indicator id, {@code ^[a-z][a-z0-9_]{0,63}$} (required)
 * @param name its name, or {@code null}
 * @param direction whether larger means more scarce (required)
 * @param weight its weight, or {@code null}
 */
public record Indicator(
        @NotNull(message = "{org.talentcatalog.model.required}") @Pattern(regexp = "^[a-z][a-z0-9_]{0,63}$", message = "{org.talentcatalog.model.pattern}") @Nullable String id,
        @Valid @TextLength(200) @Nullable LocalizedText name,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable IndicatorDirection direction,
        @Nullable Double weight) {
}
