package org.talentcatalog.postings;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an aggregation read and left out.
 *
 * @param rows postings read
 * @param coded postings placed in a group
 * @param uncoded postings whose title was coded with low confidence: counted, not aggregated
 * @param uncodedTitles the first uncoded titles in text order (at most
 *     {@link PostingsAccumulator#UNCODED_TITLES_KEPT})
 * @param mergedDuplicates postings merged into others, every period
 * @param postings postings of the current period after de-duplication
 * @param outsidePeriods postings (after de-duplication) before the comparison period; 0 without one
 * @param windowDays the de-duplication window
 * @param firstDay the first posting day read, {@code null} if none
 * @param lastDay the last posting day read
 * @param since the first day of the current period, {@code null} without a comparison
 * @param previousFrom the first day of the comparison period
 * @param previousTo its last day
 */
public record PostingsSummary(long rows, long coded, long uncoded, List<String> uncodedTitles, long mergedDuplicates,
        long postings, long outsidePeriods, int windowDays, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
        @Nullable LocalDate since, @Nullable LocalDate previousFrom, @Nullable LocalDate previousTo) {

    /** Copies the titles. */
    public PostingsSummary {
        uncodedTitles = List.copyOf(uncodedTitles);
    }
}
