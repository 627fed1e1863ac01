package org.talentcatalog.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Optional;

/**
 * Score thresholds of the three levels: a score at or above a level's value gets that level.
 * JSON: {@code {"VERY_SCARCE": x, "SCARCE": y, "GENERALLY_SCARCE": z}}, each in 0..1, descending
 * (rule R6).
 *
 * @param veryScarce threshold of {@link ShortageLevel#VERY_SCARCE}
 * @param scarce threshold of {@link ShortageLevel#SCARCE}
 * @param generallyScarce threshold of {@link ShortageLevel#GENERALLY_SCARCE}
 */
public record Thresholds(
        @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}")
        @DecimalMax(value = "1", message = "{org.talentcatalog.model.maximum}") double veryScarce,
        @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}")
        @DecimalMax(value = "1", message = "{org.talentcatalog.model.maximum}") double scarce,
        @DecimalMin(value = "0", message = "{org.talentcatalog.model.minimum}")
        @DecimalMax(value = "1", message = "{org.talentcatalog.model.maximum}") double generallyScarce) {

    /** The threshold of one level. */
    public double of(ShortageLevel level) {
        return switch (level) {
            case VERY_SCARCE -> veryScarce;
            case SCARCE -> scarce;
            case GENERALLY_SCARCE -> generallyScarce;
        };
    }

    /** The level implied by a score: the highest level whose threshold ≤ score; empty below all. */
    public Optional<ShortageLevel> levelOf(double score) {
        for (ShortageLevel level : ShortageLevel.values()) {
            if (score >= of(level)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
