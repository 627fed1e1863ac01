package org.talentcatalog.scoring;

/**
 * The 5th–95th percentile of a position's rank under weight perturbation.
 *
 * @param low the 5th percentile rank (better)
 * @param high the 95th percentile rank (worse)
 */
public record RankInterval(int low, int high) {
}
