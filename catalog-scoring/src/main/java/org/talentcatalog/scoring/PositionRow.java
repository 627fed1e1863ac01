package org.talentcatalog.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate position (岗位) of an indicator table.
 *
 * @param id the position id
 * @param name the position name, "" if not given
 * @param industry the industry, "" if not given
 * @param values indicator id → raw value; a missing value is an absent key (never NaN)
 * @param line the CSV line the row came from, 0 if it was not read from a file
 */
public record PositionRow(String id, String name, String industry, Map<String, Double> values, int line) {

    /** Copies the values into an unmodifiable, insertion-ordered map. */
    public PositionRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(industry, "industry");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
