package org.talentcatalog.scoring;

/**
 * The outcome of an aggregation method. The arrays belong to the caller once returned; the pipeline
 * never modifies them.
 *
 * @param scores one score per position
 * @param contributions [position][indicator]: how much each indicator contributed; for every method
 *     they sum to the position's score (see each method for the decomposition)
 */
public record AggregateScores(double[] scores, double[][] contributions) {
}
