package org.talentcatalog.postings;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The indicators of one group (a catalog position or an occupation code) over the current period.
 *
 * @param id the position id or occupation code
 * @param name its name
 * @param rows postings read for the group, every period, duplicates included
 * @param postings postings in the current period after de-duplication
 * @param mergedDuplicates postings of the current period merged into others
 * @param employers distinct companies
 * @param salaryQ1 first quartile of the monthly salary, {@code null} if no posting states one
 * @param salaryMedian median monthly salary
 * @param salaryQ3 third quartile of the monthly salary
 * @param withSalary postings that state a salary
 * @param daysOpenMedian median days from posting to closing, {@code null} if no closing day is known
 * @param withClosing postings whose closing day is known
 * @param education share of postings per education category (any, secondary, associate, bachelor,
 *     master, doctorate, unstated), summing to 1 (empty when there are no postings)
 * @param experience share of postings per experience category (any, under_1, 1_3, 3_5, 5_10,
 *     over_10, unstated)
 * @param previousPostings postings of the comparison period, {@code null} without one
 * @param growth {@code postings / previousPostings − 1}, {@code null} without a comparison period or
 *     when it has no posting
 */
public record PostingsGroup(String id, String name, long rows, long postings, long mergedDuplicates, int employers,
        @Nullable Double salaryQ1, @Nullable Double salaryMedian, @Nullable Double salaryQ3, long withSalary,
        @Nullable Double daysOpenMedian, long withClosing, Map<String, Double> education, Map<String, Double> experience,
        @Nullable Long previousPostings, @Nullable Double growth) {

    /** Copies the mixes. */
    public PostingsGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        education = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(education));
        experience = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(experience));
    }
}
