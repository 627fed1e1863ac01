package org.talentcatalog.normalize.internal;

/**
 * A cleaned title and the code it was labelled with, counted over the labelled rows.
 *
 * @param cleaned the cleaned title
 * @param code the full occupation code
 * @param count how many labelled rows gave this title this code, ≥ 1
 */
public record Alias(String cleaned, String code, int count) {
}
