package org.talentcatalog.postings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link PostingsAccumulator}'s postings become indicators.
 *
 * @param windowDays postings of the same company, group and city posted less than this many days
 *     after the first of a run are one posting (reposts and copies); at least 1: postings of one
 *     company, group and city on the same day are always one
 * @param since {@code null}: every posting counts; a day: the current period runs from it to the last
 *     posting day, the indicators describe it, and {@code postings_growth} compares it with the
 *     period of the same length just before
 */
public record PostingsOptions(int windowDays, @Nullable LocalDate since) {

    /** The default window: 30 days. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    /** Checks the window. */
    public PostingsOptions {
        if (windowDays < 1 || windowDays > 3660) {
            throw new IllegalArgumentException("window must be 1 to 3660 days: " + windowDays);
        }
    }

    /** A window of {@value #DEFAULT_WINDOW_DAYS} days, no comparison period. */
    public static PostingsOptions defaults() {
        return new PostingsOptions(DEFAULT_WINDOW_DAYS, null);
    }
}
