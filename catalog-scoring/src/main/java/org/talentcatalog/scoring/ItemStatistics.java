package org.talentcatalog.scoring;

/**
 * Descriptive statistics of one item over every rating it received (also from experts excluded from W).
 *
 * @param itemId the item
 * @param ratings number of ratings
 * @param mean the mean score
 * @param sd the sample standard deviation (n − 1); 0 for a single rating
 * @param cv the coefficient of variation sd/mean (0 when both are 0; a zero mean with spread is an error)
 * @param fullMarkRatio share of ratings equal to the full mark (满分比)
 * @param meanRank the mean rank among the complete experts (1 = lowest score)
 */
public record ItemStatistics(String itemId, int ratings, double mean, double sd, double cv, double fullMarkRatio,
        double meanRank) {
}
