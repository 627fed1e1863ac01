package org.talentcatalog.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.CatalogJsonException;

/**
 * Collects binding problems instead of throwing them, so that a validator can bind the rest of a
 * document: a value that cannot be bound is left out (an absent member, a skipped list item) and
 * its problem is recorded here with its pointer. Not thread-safe: one per binding.
 */
public final class Lenience {

    private final List<CatalogJsonException> problems = new ArrayList<>();

    /** Records a problem. */
    void record(CatalogJsonException problem) {
        problems.add(problem);
    }

    /** The problems recorded, in document order of discovery. */
    public List<CatalogJsonException> problems() {
        return problems;
    }
}
