package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * How shortage levels were scored (seed 五): the method's name, its indicators and thresholds.
 *
 * @param method a free-text name of the method, or {@code null}
 * @param indicators the indicators; never {@code null}
 * @param thresholds the level thresholds, or {@code null}
 */
public record ScoringMethod(
        @NonBlank @MaxCodePoints(2000) @Nullable String method,
        List<@NotNull(message = "{org.talentcatalog.model.required}") @Valid Indicator> indicators,
        @Valid @Nullable Thresholds thresholds) {

    /** Copies the list; {@code null} becomes empty. */
    public ScoringMethod {
        indicators = Lists.copy(indicators);
    }
}
