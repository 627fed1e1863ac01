package org.talentcatalog.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * How urgently a position is needed (急需紧缺程度).
 *
 * @param level the level (required)
 * @param score the score in 0..1, or {@code null}
 * @param confidence the estimated probability that {@code level} is right, 0..1, or {@code null}
 * @param rationale a plain-text rationale, or {@code null}
 */
public record Shortage(
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable ShortageLevel level,
        @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}")
        @DecimalMax(value = "1", message = "{org.talentcatalog.model.maximum}") @Nullable Double score,
        @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}")
        @DecimalMax(value = "1", message = "{org.talentcatalog.model.maximum}") @Nullable Double confidence,
        @NonBlank @MaxCodePoints(2000) @Nullable String rationale) {

    /** A shortage of the given level only. */
    public static Shortage of(ShortageLevel level) {
        return new Shortage(level, null, null, null);
    }
}
