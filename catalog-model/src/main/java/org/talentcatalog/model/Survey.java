package org.talentcatalog.model;

import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.UniqueItems;

/**
 * How the demand survey (需求调研, seed 四) was run.
 *
 * <p>An empty {@code respondents} map is the same as an absent one (no breakdown reported).
 *
 * @param from first day of the survey, or {@code null}
 * @param to last day of the survey, or {@code null}
 * @param sampleSize number of samples, or {@code null}
 * @param respondents count of respondents per source, in the order given; never {@code null}
 * @param methods survey methods, unique; never {@code null}
 */
public record Survey(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Min(value = 0, message = "{org.talentcatalog.model.minimum}") @Nullable Integer sampleSize,
        Map<RespondentType, @Min(value = 0, message = "{org.talentcatalog.model.minimum}") Integer> respondents,
        @UniqueItems(message = "{org.talentcatalog.model.uniqueItems}") List<SurveyMethod> methods) {

    /** Copies the collections; {@code null} becomes empty. */
    public Survey {
        respondents = Lists.copy(respondents);
        methods = Lists.copy(methods);
    }

    /** The count for one source, 0 when it is not reported. */
    public int respondentCount(RespondentType type) {
        Integer n = respondents.get(type);
        return n == null ? 0 : n;
    }
}
