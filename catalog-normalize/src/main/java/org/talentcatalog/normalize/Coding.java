package org.talentcatalog.normalize;

import java.util.List;
import java.util.Optional;

/**
 * What {@link TitleCoder#code} says of one title.
 *
 * @param title the title as given
 * @param cleaned the title without company and place names, pay, benefits, notes and numbering
 *     ({@link TitleCoder#clean}); what was coded
 * @param candidates the ranked codes, best first; empty when nothing in the title is known
 * @param confidence how far to trust {@link #answerCode()}
 * @param answerCode the answer: the first candidate's code, or, when that 细类 is uncertain but the
 *     candidates agree on its 小类 or 中类, that broader code; {@code ""} when there are no candidates
 */
public record Coding(String title, String cleaned, List<Candidate> candidates, Confidence confidence,
        String answerCode) {

    /** Copies the list. */
    public Coding {
        candidates = List.copyOf(candidates);
    }

    /** The first candidate, if any. */
    public Optional<Candidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** Whether the answer is a broader code than the first candidate (the level-aware fallback). */
    public boolean broadened() {
        return !candidates.isEmpty() && !answerCode.equals(candidates.get(0).code());
    }
}
