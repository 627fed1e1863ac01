package org.talentcatalog.scoring;

/**
 * AHP consistency (一致性检验) of a pairwise comparison matrix: λmax from the principal eigenvector,
 * CI = (λmax − n)/(n − 1), CR = CI/RI(n) (CR = 0 for n ≤ 2).
 *
 * @param lambdaMax the principal eigenvalue
 * @param ci the consistency index
 * @param cr the consistency ratio; ≥ 0.1 produces a warning
 * @param randomIndex the random-index table used
 */
public record Consistency(double lambdaMax, double ci, double cr, RandomIndex randomIndex) {
}
