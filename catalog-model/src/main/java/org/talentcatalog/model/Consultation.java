package org.talentcatalog.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * One consultation on a draft (seed 七): a department seminar, an expert review or a public
 * consultation.
 *
 * @param type the kind of consultation (required)
 * @param date when it took place (required)
 * @param participants how many took part, or {@code null}
 * @param summary a plain-text summary, or {@code null}
 */
public record Consultation(
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable ConsultationType type,
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable LocalDate date,
        @Min(value = 0, message = "{org.talentcatalog.model.minimum}") @Nullable Integer participants,
        @NonBlank @MaxCodePoints(2000) @Nullable String summary) {

    /** A consultation with only its type and date. */
    public static Consultation of(ConsultationType type, LocalDate date) {
        return new Consultation(type, date, null, null);
    }
}
