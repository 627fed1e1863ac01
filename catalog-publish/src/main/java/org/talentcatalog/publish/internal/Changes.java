package org.talentcatalog.publish.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.ShortageLevel;

/**
 * What changed since the previous edition, from the model's {@link CatalogDiff}: positions added,
 * removed, renamed, and those whose level was raised or lowered, each a list with links to the cards
 * of the new edition.
 */
final class Changes {

    private Changes() {
    }

    static List<Section> sections(CatalogDiff diff, CatalogView page, Rows rows, Words w) {
        List<Section> out = new ArrayList<>();
        out.add(new Section(w.t("changes.added", diff.added().size()),
                diff.added().stream().map(p -> link(p, page, rows, "")).toList()));
        out.add(new Section(w.t("changes.removed", diff.removed().size()),
                diff.removed().stream().map(p -> new Fact(label(p, rows), "")).toList()));
        out.add(new Section(w.t("changes.raised", diff.levelMoves(LevelMove.RAISED).size()),
                diff.levelMoves(LevelMove.RAISED).stream().map(c -> moved(c, page, rows, w)).toList()));
        out.add(new Section(w.t("changes.lowered", diff.levelMoves(LevelMove.LOWERED).size()),
                diff.levelMoves(LevelMove.LOWERED).stream().map(c -> moved(c, page, rows, w)).toList()));
        out.add(new Section(w.t("changes.renamed", diff.renamed().size()),
                diff.renamed().stream().map(c -> link(c.newer(), page, rows, w.t("changes.was", label(c.older(), rows)))).toList()));
        return out;
    }

    private static Fact moved(PositionChange c, CatalogView page, Rows rows, Words w) {
        return link(c.newer(), page, rows, ": " + level(c.older().level(), w) + " → " + level(c.newer().level(), w));
    }

    private static String level(@Nullable ShortageLevel l, Words w) {
        return l == null ? w.t("level.none") : w.of(l);
    }

    private static Fact link(Position p, CatalogView page, Rows rows, String suffix) {
        return new Fact(label(p, rows) + suffix, page.file() + "#p-" + p.id());
    }

    private static String label(Position p, Rows rows) {
        return rows.text(p.name()) + " (" + p.id() + ")";
    }
}
