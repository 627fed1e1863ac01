/**
 * Survey and postings aggregation on Apache Spark (4.x, Scala 2.13): the core's mergeable accumulators
 * as Spark {@link org.apache.spark.sql.expressions.Aggregator}s over a DataFrame, so a cluster gives
 * the same result, bit for bit, as {@code catalog aggregate} and {@code catalog postings} on one
 * machine.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link SparkSurveyAggregation}: reads survey samples (CSV or any DataFrame with the survey's
 *       columns, e.g. Parquet) and gives the {@link org.talentcatalog.scoring.SurveyAggregate} or the
 *       JSON {@code catalog aggregate --format json} writes.</li>
 *   <li>{@link SurveyAggregator}: the {@code Aggregator} itself, for use inside other queries.</li>
 *   <li>{@link MergeableAggregator}: the base of an aggregator whose buffer is one of the core's
 *       mergeable accumulators.</li>
 *   <li>{@link SparkPostingsAggregation}: reads postings (CSV, JSON Lines or any DataFrame with the
 *       postings columns) and gives the {@link org.talentcatalog.postings.PostingsAccumulator} or the
 *       {@link org.talentcatalog.postings.PostingsResult} whose JSON and CSV {@code catalog postings}
 *       writes.</li>
 *   <li>{@link PostingsAggregator}: the postings {@code Aggregator} itself.</li>
 *   <li>{@link AggregateLocal}: the command behind {@code catalog-spark/aggregate-local}.</li>
 *   <li>{@link PostingsLocal} and {@link PostingsJob}: the commands behind
 *       {@code catalog-spark/postings-local} and the postings {@code spark-submit} job.</li>
 * </ul>
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}.
 */
@NullMarked
package org.talentcatalog.spark;

import org.jspecify.annotations.NullMarked;
