package org.talentcatalog.scoring;

import java.util.Objects;

/**
 * One expert's score for one item (专家论证: a position or an indicator).
 *
 * @param expertId the expert
 * @param itemId the item
 * @param score the score
 */
public record ExpertRating(String expertId, String itemId, double score) {

    /** Checks for nulls. */
    public ExpertRating {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
