package org.talentcatalog.scoring;

/** How AHP derives priorities from a pairwise comparison matrix. */
public enum AhpPriority {
    /** The principal right eigenvector normalised to sum 1 (Saaty), the default. */
    EIGENVECTOR,
    /** The row geometric means normalised to sum 1 (logarithmic least squares). */
    GEOMETRIC_MEAN
}
