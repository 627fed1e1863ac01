package org.talentcatalog.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.internal.ScoringJson;

/**
 * The outcome of scoring: weights, AHP consistency, classification, warnings and the positions by
 * rank, plus positions that were not scored.
 *
 * @param weights indicator id → weight, in configuration order
 * @param consistency AHP consistency, {@code null} unless AHP weighting took part
 * @param classificationMethod THRESHOLDS, QUANTILES or JENKS
 * @param breaks Jenks breaks (k + 1 numbers), empty for the other methods
 * @param warnings warnings (AHP inconsistency, missing seed sources, failed bootstrap replicates, …)
 * @param positions scored positions by rank
 * @param insufficientSample positions with fewer respondents than {@code minRespondents} (JSON member
 *     {@code insufficientSample})
 * @param excluded positions dropped for missing values (JSON member {@code excluded})
 * @param coverage respondent coverage for survey input, {@code null} for an indicator table
 */
public record ScoringResult(Map<String, Double> weights, @Nullable Consistency consistency,
        String classificationMethod, List<Double> breaks, List<ScoringWarning> warnings,
        List<PositionScore> positions, List<UnscoredPosition> insufficientSample, List<UnscoredPosition> excluded,
        @Nullable Coverage coverage) {

    /** Copies every collection. */
    public ScoringResult {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        Objects.requireNonNull(classificationMethod, "classificationMethod");
        breaks = List.copyOf(breaks);
        warnings = List.copyOf(warnings);
        positions = List.copyOf(positions);
        insufficientSample = List.copyOf(insufficientSample);
        excluded = List.copyOf(excluded);
    }

    /**
     * The result as docs/scoring.md's output JSON (pretty-printed). Warnings and reasons are written in the
     * given language.
     *
     * @param locale English for English locales, Chinese otherwise
     * @return the JSON text
     */
    public String toJson(@Nullable Locale locale) {
        return ScoringJson.write(this, locale);
    }

    /** The position with the given id, if scored. */
    public Optional<PositionScore> position(String id) {
        return positions.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
