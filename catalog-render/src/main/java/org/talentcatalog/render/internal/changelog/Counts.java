package org.talentcatalog.render.internal.changelog;

import java.util.Map;
import java.util.TreeMap;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.ShortageLevel;

/**
 * The counts a changelog shows, by industry and by shortage level, computed from a diff.
 *
 * <p>By industry (the newer industry of a paired position): positions in each edition, added,
 * removed, renamed, raised, lowered, with changed requirements. By level ({@code null} for no level):
 * positions in each edition, added, removed, moved in and moved out, so that
 * {@code newer = older + added − removed + in − out} for every level.
 */
final class Counts {

    static final int OLDER = 0;
    static final int NEWER = 1;
    static final int ADDED = 2;
    static final int REMOVED = 3;
    static final int RENAMED = 4;
    static final int RAISED = 5;
    static final int LOWERED = 6;
    static final int REQUIREMENTS = 7;
    static final int MOVED_IN = 4;
    static final int MOVED_OUT = 5;

    final Map<String, int[]> byIndustry = new TreeMap<>();
    /** Keyed by rank, 3 (very scarce) down to 0 (no level), so iteration is low to high; read it in reverse. */
    final Map<Integer, int[]> byLevel = new TreeMap<>();

    Counts(CatalogDiff diff) {
        for (Position p : diff.older().positions()) {
            industry(p.industry())[OLDER]++;
            level(p.level())[OLDER]++;
        }
        for (Position p : diff.newer().positions()) {
            industry(p.industry())[NEWER]++;
            level(p.level())[NEWER]++;
        }
        for (Position p : diff.added()) {
            industry(p.industry())[ADDED]++;
            level(p.level())[ADDED]++;
        }
        for (Position p : diff.removed()) {
            industry(p.industry())[REMOVED]++;
            level(p.level())[REMOVED]++;
        }
        for (PositionChange c : diff.renamed()) {
            industry(c.newer().industry())[RENAMED]++;
        }
        for (PositionChange c : concat(diff)) {
            int[] row = industry(c.newer().industry());
            if (c.levelMove() == LevelMove.RAISED) {
                row[RAISED]++;
            } else if (c.levelMove() == LevelMove.LOWERED) {
                row[LOWERED]++;
            }
            if (c.requirementsChanged()) {
                row[REQUIREMENTS]++;
            }
            if (c.levelMove() != LevelMove.UNCHANGED) {
                level(c.newer().level())[MOVED_IN]++;
                level(c.older().level())[MOVED_OUT]++;
            }
        }
    }

    static java.util.List<PositionChange> concat(CatalogDiff diff) {
        java.util.List<PositionChange> all = new java.util.ArrayList<>(diff.renamed());
        all.addAll(diff.changed());
        return all;
    }

    private int[] industry(String code) {
        return byIndustry.computeIfAbsent(code == null ? "" : code, k -> new int[8]);
    }

    private int[] level(ShortageLevel level) {
        return byLevel.computeIfAbsent(level == null ? 0 : level.rank(), k -> new int[6]);
    }
}
