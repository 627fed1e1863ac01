package org.talentcatalog.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.internal.Messages;

/**
 * The position ids of one edition that do not tell its positions apart: ids that more than one
 * position has, and positions without an id. A valid catalog has none (rules R1 and the schema), but
 * {@link CatalogDiff} compares documents as they are; it pairs the positions of such an id with those
 * of the other edition in document order (the first with the first, the second with the second …),
 * and says so ({@link CatalogDiff#pairingNote(Locale)}).
 *
 * @param duplicates the ids that more than one position has, each once, in the order they first occur
 * @param withoutId how many positions have no id
 */
public record AmbiguousIds(List<String> duplicates, int withoutId) {

    /** How many repeated ids a note names before it says "…". */
    static final int SHOWN = 5;

    /**
     * @throws IllegalArgumentException when {@code withoutId} is negative
     */
    public AmbiguousIds {
        duplicates = List.copyOf(duplicates);
        if (withoutId < 0) {
            throw new IllegalArgumentException("withoutId must not be negative: " + withoutId);
        }
    }

    /** The ambiguous ids of a list of positions. */
    public static AmbiguousIds of(List<Position> positions) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        int missing = 0;
        for (Position p : positions) {
            String id = p.id();
            if (id == null) {
                missing++;
            } else if (seen.merge(id, 1, Integer::sum) == 2) {
                repeated.add(id);
            }
        }
        return new AmbiguousIds(new ArrayList<>(repeated), missing);
    }

    /** Whether every position has an id of its own. */
    public boolean isEmpty() {
        return duplicates.isEmpty() && withoutId == 0;
    }

    /**
     * What is ambiguous, e.g. {@code 岗位编号重复（IC-001），1 个岗位没有编号}; empty when nothing is.
     *
     * @param locale English for any English locale, Chinese otherwise (also for {@code null})
     */
    public String describe(@Nullable Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!duplicates.isEmpty()) {
            String ids = String.join(Messages.DIFF_ID_SEPARATOR.format(locale), duplicates.subList(0, Math.min(SHOWN, duplicates.size())))
                    + (duplicates.size() > SHOWN ? Messages.DIFF_MORE_IDS.format(locale, duplicates.size()) : "");
            parts.add(Messages.DIFF_DUPLICATE_IDS.format(locale, ids));
        }
        if (withoutId > 0) {
            parts.add(Messages.DIFF_WITHOUT_ID.format(locale, withoutId));
        }
        return String.join(Messages.DIFF_PART_SEPARATOR.format(locale), parts);
    }
}
