package org.talentcatalog.scoring;

/**
 * What to do with a missing indicator value (an empty CSV cell, or a survey indicator without data).
 */
public enum MissingValues {
    /** The default: an error naming the row (position and line) and the indicator column. */
    ERROR,
    /** Leave the position out of scoring and list it under {@code excluded} with the reason. */
    DROP_POSITION,
    /** Replace the value with the mean of the indicator over positions that have it. */
    COLUMN_MEAN
}
