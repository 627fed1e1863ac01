/**
 * Online job postings to indicators (issue 18): third-party postings, the big-data source the
 * guidance (§四、§五) names beside surveys, turned into per-position indicators that
 * {@code catalog score} combines with the survey's.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link PostingsAggregation}: reads postings files (CSV or JSON Lines), codes each title to a
 *       catalog position or to a 2022 occupation code, and fills a {@link PostingsAccumulator}.</li>
 *   <li>{@link PostingsAccumulator}: the serializable, mergeable state ({@link CodedPosting} rows
 *       in, {@link PostingsResult} out); partial accumulators merged give the one-pass result bit for
 *       bit, so a cluster can use it as an aggregation buffer.</li>
 *   <li>{@link PostingsResult}: per group the indicators, as JSON or as an indicator table.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Aggregations and results are immutable and thread-safe; an accumulator is not: fill one per thread
 * and merge.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}.
 */
@NullMarked
package org.talentcatalog.postings;

import org.jspecify.annotations.NullMarked;
