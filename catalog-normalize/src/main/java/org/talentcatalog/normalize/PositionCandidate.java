package org.talentcatalog.normalize;

/**
 * One ranked position of a catalog for a title.
 *
 * @param id the position's id
 * @param name the position's Chinese name
 * @param occupationCode the position's occupation code, {@code ""} when it has none
 * @param score the share of the evidence behind this position, in [0, 1]
 */
public record PositionCandidate(String id, String name, String occupationCode, double score) {
}
