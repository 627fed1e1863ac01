package org.talentcatalog.scoring;

import java.util.List;
import java.util.Objects;
import org.talentcatalog.model.Catalog;

/**
 * A draft catalog written from a scoring result (docs/scoring.md, {@code --catalog TEMPLATE}), and what
 * could not be carried into it.
 *
 * @param catalog the draft: status DRAFT, listed positions with their computed shortage, the method in
 *     {@code methodology.scoring}
 * @param warnings positions left out or values not recorded, each with the reason; never {@code null}
 */
public record CatalogDraft(Catalog catalog, List<ScoringWarning> warnings) {

    /** Checks for null and copies the list. */
    public CatalogDraft {
        Objects.requireNonNull(catalog, "catalog");
        warnings = List.copyOf(warnings);
    }
}
