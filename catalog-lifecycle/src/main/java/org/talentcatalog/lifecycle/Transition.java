package org.talentcatalog.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Status;

/**
 * One recorded change of a catalog's status: an item of the format 1.1 catalog member
 * {@code x-transitions} (docs/format.md, "Format 1.1: the lifecycle members").
 *
 * @param from the status before
 * @param to the status after
 * @param date the day of the change
 * @param note why, or {@code null}
 */
public record Transition(Status from, Status to, LocalDate date, @Nullable String note) {

    /** Checks that no required component is null. */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
    }
}
