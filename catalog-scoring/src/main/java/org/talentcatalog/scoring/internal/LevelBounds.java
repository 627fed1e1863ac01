package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.Classes;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * What {@code THRESHOLDS} and {@code QUANTILES} share: a bound per shortage level, most scarce first
 * ({@code VERY_SCARCE}, {@code SCARCE}, {@code GENERALLY_SCARCE}), read from the method's
 * configuration, and each position given the first level whose bound it reaches, or none.
 */
final class LevelBounds {

    /** The configuration members holding the bounds, in level order. */
    private static final String[] MEMBERS = {"VERY_SCARCE", "SCARCE", "GENERALLY_SCARCE"};

    /** Whether a position reaches the bound of a level. */
    @FunctionalInterface
    interface Reach {
        /**
         * @param position the position's index among the scores
         * @param level the level's index in {@link #MEMBERS} (0 is {@code VERY_SCARCE})
         */
        boolean test(int position, int level);
    }

    private LevelBounds() {
    }

    /** The three bounds of a method's configuration, in level order; any other member is refused. */
    static double[] read(MethodConfig config) {
        config.declare(MEMBERS);
        return new double[] {config.requiredNumber(MEMBERS[0]), config.requiredNumber(MEMBERS[1]),
            config.requiredNumber(MEMBERS[2])};
    }

    /** The levels of {@code n} positions: for each, the first level it reaches, or {@code null} (not listed). */
    static Classes classify(int n, Reach reach) {
        ShortageLevel[] levels = ShortageLevel.values();
        List<@Nullable ShortageLevel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            @Nullable ShortageLevel level = null;
            for (int k = 0; k < MEMBERS.length; k++) {
                if (reach.test(i, k)) {
                    level = levels[k];
                    break;
                }
            }
            out.add(level);
        }
        return new Classes(out, List.of());
    }
}
