package org.talentcatalog.scoring;

import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;

/**
 * The outcome of a classification method.
 *
 * @param levels one entry per position: its level, or {@code null} when the position is not listed
 * @param breaks for JENKS, the class minimum followed by each class's upper bound, ascending (k + 1
 *     numbers); empty for the other methods
 */
public record Classes(List<@Nullable ShortageLevel> levels, List<Double> breaks) {

    /** Copies the lists. */
    public Classes {
        levels = Collections.unmodifiableList(new java.util.ArrayList<>(levels));
        breaks = List.copyOf(breaks);
    }
}
