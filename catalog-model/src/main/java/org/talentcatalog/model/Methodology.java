package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a catalog was compiled (seed 四 to 七): the survey, the scoring method and the consultations.
 *
 * @param survey the demand survey, or {@code null}
 * @param scoring the scoring method, or {@code null}
 * @param consultations the consultations held; never {@code null}
 */
public record Methodology(
        @Valid @Nullable Survey survey,
        @Valid @Nullable ScoringMethod scoring,
        List<@NotNull(message = "{org.talentcatalog.model.required}") @Valid Consultation> consultations) {

    /** Copies the list; {@code null} becomes empty. */
    public Methodology {
        consultations = Lists.copy(consultations);
    }

    /** Whether a consultation of the given type is recorded. */
    public boolean hasConsultation(ConsultationType type) {
        return consultations.stream().anyMatch(c -> c.type() == type);
    }
}
