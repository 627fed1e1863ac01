package org.talentcatalog.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One position of a survey aggregation, as {@code catalog aggregate} reports it.
 *
 * @param id the position id
 * @param name the position name (the first non-empty one in code-point order when rows disagree)
 * @param industry the industry label, "" if no row gave one
 * @param respondents distinct respondents who reported the position
 * @param indicators indicator id → value, in the order of {@code demand_supply_ratio, vacancies,
 *     applicants, hires, unfilled_rate, days_to_fill, salary_premium, difficulty}; an indicator without
 *     data is absent
 * @param sources respondent type code → distinct respondents of the position of that type (every type
 *     listed, 0 if none; a respondent given several types in the file counts under each)
 */
public record AggregatedPosition(String id, String name, String industry, int respondents,
        Map<String, Double> indicators, Map<String, Integer> sources) {

    /** Copies the maps, keeping their order. */
    public AggregatedPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(industry, "industry");
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }
}
