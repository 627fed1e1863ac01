package org.talentcatalog.normalize;

import java.util.List;
import java.util.Optional;

/**
 * What {@link PositionMatcher#match} says of one title.
 *
 * @param title the title as given
 * @param cleaned the cleaned title ({@link TitleCoder#clean})
 * @param candidates the catalog's positions, best first; empty when nothing links the title to any
 * @param confidence how far to trust the first candidate
 * @param coding the title's occupation coding, which counted as evidence
 */
public record PositionMatch(String title, String cleaned, List<PositionCandidate> candidates,
        Confidence confidence, Coding coding) {

    /** Copies the list. */
    public PositionMatch {
        candidates = List.copyOf(candidates);
    }

    /** The first candidate, if any. */
    public Optional<PositionCandidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }
}
