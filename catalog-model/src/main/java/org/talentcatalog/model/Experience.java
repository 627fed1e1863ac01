package org.talentcatalog.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * Required experience (过往业绩（经历）, seed 六).
 *
 * @param minYears minimum years of experience, 0..50 (required)
 * @param description a plain-text description, or {@code null}
 */
public record Experience(
        @NotNull(message = "{org.talentcatalog.model.required}") @Min(value = 0, message = "{org.talentcatalog.model.minimum}")
        @Max(value = 50, message = "{org.talentcatalog.model.maximum}") @Nullable Integer minYears,
        @NonBlank @MaxCodePoints(2000) @Nullable String description) {

    /** Experience of at least the given number of years. */
    public static Experience ofYears(int years) {
        return new Experience(years, null);
    }
}
