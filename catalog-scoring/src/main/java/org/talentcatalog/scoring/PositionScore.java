package org.talentcatalog.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;

/**
 * One scored position, as listed by rank.
 *
 * @param id the position id
 * @param name the position name ("" if unknown)
 * @param industry the industry ("" if unknown)
 * @param score the aggregated score
 * @param rank the competition rank by descending score (ties share the best rank)
 * @param level the shortage level, {@code null} when the position is not listed
 * @param indicators raw (aggregated, not normalised) indicator values, in configuration order
 * @param contributions each indicator's share of the score (they sum to the score)
 * @param levelProbabilities bootstrap probability of VERY_SCARCE, SCARCE, GENERALLY_SCARCE and NONE;
 *     empty when no bootstrap ran
 * @param rankInterval 5th–95th percentile rank under weight perturbation, {@code null} unless sensitivity ran
 * @param respondents distinct respondents for survey input, {@code null} for an indicator table
 */
public record PositionScore(String id, String name, String industry, double score, int rank,
        @Nullable ShortageLevel level, Map<String, Double> indicators, Map<String, Double> contributions,
        Map<String, Double> levelProbabilities, @Nullable RankInterval rankInterval, @Nullable Integer respondents) {

    /** The key of {@link #levelProbabilities()} for "not listed". */
    public static final String NONE = "NONE";

    /** Copies the maps (keeping order). */
    public PositionScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(industry, "industry");
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        levelProbabilities = Collections.unmodifiableMap(new LinkedHashMap<>(levelProbabilities));
    }

    /**
     * The level confidence: the bootstrap probability of the level the position got (of NONE when it
     * is not listed).
     *
     * @return the probability, or empty when no bootstrap ran
     */
    public OptionalDouble levelConfidence() {
        Double p = levelProbabilities.get(level == null ? NONE : level.name());
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }
}
