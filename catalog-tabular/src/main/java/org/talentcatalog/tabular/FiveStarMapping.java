package org.talentcatalog.tabular;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;

/**
 * How a five-star table (★ to ★★★★★) maps to the format's three levels. There is no standard mapping,
 * so a reader never guesses: without one, every star cell of a five-star table is an error.
 *
 * @param levels the level for 1 to 5 stars (index 0 is one star); a {@code null} entry means that
 *     rating is not allowed
 */
public record FiveStarMapping(List<@Nullable ShortageLevel> levels) {

    /** Checks there are five entries. */
    public FiveStarMapping {
        if (levels == null || levels.size() != 5) {
            throw new IllegalArgumentException("a five-star mapping gives a level for each of 1 to 5 stars");
        }
        levels = java.util.Collections.unmodifiableList(Arrays.asList(levels.toArray(new ShortageLevel[0])));
    }

    /** A mapping for 1, 2, 3, 4 and 5 stars. */
    public static FiveStarMapping of(@Nullable ShortageLevel one, @Nullable ShortageLevel two,
            @Nullable ShortageLevel three, @Nullable ShortageLevel four, @Nullable ShortageLevel five) {
        return new FiveStarMapping(Arrays.asList(one, two, three, four, five));
    }

    /**
     * Parses {@code "1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE"} (ranges or single star counts,
     * level codes or Chinese labels), as given on the command line.
     *
     * @throws IllegalArgumentException when the text does not give a level for each of 1 to 5
     */
    public static FiveStarMapping parse(String text) {
        @Nullable ShortageLevel[] out = new ShortageLevel[5];
        for (String part : text.split(",")) {
            String[] kv = part.trim().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected STARS:LEVEL, got " + part);
            }
            String[] range = kv[0].trim().split("-");
            int from = Integer.parseInt(range[0].trim());
            int to = Integer.parseInt(range[range.length - 1].trim());
            ShortageLevel level = level(kv[1].trim());
            for (int k = from; k <= to; k++) {
                if (k < 1 || k > 5) {
                    throw new IllegalArgumentException("star counts are 1 to 5: " + part);
                }
                out[k - 1] = level;
            }
        }
        return new FiveStarMapping(Arrays.asList(out));
    }

    private static ShortageLevel level(String word) {
        for (ShortageLevel l : ShortageLevel.values()) {
            if (l.code().equals(word) || l.zh().equals(word)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level: " + word);
    }

    /** The level of a star count, or {@code null} when it is not mapped. */
    public @Nullable ShortageLevel levelFor(int stars) {
        return stars >= 1 && stars <= 5 ? levels.get(stars - 1) : null;
    }
}
