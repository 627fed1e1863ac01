/**
 * Shortage scoring (急需紧缺程度评价, docs/scoring.md): from survey samples or an indicator table to
 * ranked positions with shortage levels, with bootstrap uncertainty, weight sensitivity, respondent
 * coverage, a draft catalog, and the experts' consensus (Kendall's W).
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link ScoringConfig}: the pipeline (normalisation, weighting, aggregation,
 *       classification) and its options, read from JSON or built in code.</li>
 *   <li>{@link ShortageScorer}: scores a {@link SurveyData} (samples, aggregated exactly) or an
 *       {@link IndicatorTable}, giving a {@link ScoringResult}.</li>
 *   <li>{@link SurveyAggregate}: a mergeable aggregate of samples, for inputs split across files or
 *       threads.</li>
 *   <li>{@link CatalogDrafts}: a draft catalog from a template and a result.</li>
 *   <li>{@link ExpertConsensus}: Kendall's W and item statistics of expert ratings.</li>
 * </ul>
 * The methods of each stage ({@link Normalization}, {@link Weighting}, {@link Aggregation},
 * {@link Classification}) are interfaces with the standard implementations as factory methods;
 * {@link ScoringMethods} finds them by the names a configuration uses, including those added through
 * {@code org.talentcatalog.scoring.spi}.
 *
 * <h2>Thread safety</h2>
 * Configurations, results, methods, {@link ScoringMethods}, {@link ShortageScorer},
 * {@link SurveyData} and the static entry points are immutable or stateless and thread-safe. {@link SurveyAggregate} and
 * the builders are not: fill one aggregate per thread and merge them.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. Unknown names and
 * industries are {@code ""}, not {@code null}. As in the rest of the library, a member or parameter
 * that may be absent is {@code @Nullable} (such as {@link PositionScore#level()}, {@code null} for a
 * position that is not listed), and only look-ups return an {@link java.util.Optional} (such as
 * {@link ScoringResult#position(String)}); docs/decisions.md ("Nullness and the public API").
 */
@NullMarked
package org.talentcatalog.scoring;

import org.jspecify.annotations.NullMarked;
