package org.talentcatalog.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;

/**
 * Seeded pairs of editions of one catalog: the newer one changes a given share of positions (a third
 * of them removed, a third modified, and as many added as removed) and supersedes the older.
 */
public final class EditionPairs {

    private EditionPairs() {
    }

    /** The older and newer editions. */
    public record Pair(Catalog older, Catalog newer) {
    }

    /** A pair of {@code positions}-position editions with {@code changeShare} of positions changed. */
    public static Pair pair(int positions, double changeShare, long seed) {
        Catalog older = CatalogGenerator.catalog(positions, seed);
        SplittableRandom random = new SplittableRandom(seed + 1);
        List<Position> next = new ArrayList<>(positions);
        int removed = 0;
        for (Position p : older.positions()) {
            if (random.nextDouble() >= changeShare) {
                next.add(p);
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> removed++;
                case 1 -> next.add(p.toBuilder().shortage(new Shortage(raise(p.level()), p.shortage().score(), null,
                        "2025 年调研显示需求上升")).build());
                default -> next.add(p.toBuilder().requirements(p.requirements().withCertifications("中级职称")).build());
            }
        }
        for (int i = 0; i < removed; i++) {
            next.add(CatalogGenerator.position(positions + i, random));
        }
        Catalog newer = older.toBuilder()
                .edition(new Edition("2026", older.edition().publishedOn().plusYears(1), older.edition().validFrom().plusYears(1),
                        older.edition().validUntil().plusYears(1), "2025"))
                .status(Status.PUBLISHED)
                .positions(next)
                .build();
        return new Pair(older, newer);
    }

    private static ShortageLevel raise(ShortageLevel level) {
        return level == ShortageLevel.GENERALLY_SCARCE ? ShortageLevel.SCARCE : ShortageLevel.VERY_SCARCE;
    }
}
