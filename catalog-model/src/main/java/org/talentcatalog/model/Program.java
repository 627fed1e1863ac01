package org.talentcatalog.model;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.TextLength;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * The programme a special catalog serves (seed 三(三)).
 *
 * @param name the programme's name (required)
 * @param type the kind of programme (required)
 */
public record Program(
        @NotNull(message = "{org.talentcatalog.model.required}") @Valid @TextLength(200) @Nullable LocalizedText name,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable ProgramType type) {
}
