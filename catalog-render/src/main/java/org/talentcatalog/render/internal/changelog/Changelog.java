package org.talentcatalog.render.internal.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.LevelMove;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.render.internal.Messages;

/**
 * The content of a changelog, already in one language, for the Markdown and text renderings: a
 * title, a note when positions were paired in document order (ids repeated or missing), summary
 * counts, sections of items, and two count tables. Sections always appear, in a fixed
 * order, so readers and tests find them; level assignments and clearances only when there are some.
 */
final class Changelog {

    record Section(String heading, List<String> items) {
    }

    record Table(String heading, List<String> header, List<List<String>> rows) {
    }

    final String title;
    /** Why some positions were paired in document order (ids repeated or missing), or {@code null}. */
    final String note;
    final List<String[]> summary = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    private final Locale locale;

    Changelog(CatalogDiff diff, Locale locale) {
        this.locale = locale;
        Catalog o = diff.older();
        Catalog n = diff.newer();
        note = diff.pairingNote(locale);
        title = Messages.CHANGELOG_TITLE.format(locale, n.title() == null ? n.id() : n.title().in(locale), version(o),
                version(n));
        List<PositionChange> paired = Counts.concat(diff);
        List<PositionChange> raised = diff.levelMoves(LevelMove.RAISED);
        List<PositionChange> lowered = diff.levelMoves(LevelMove.LOWERED);
        List<PositionChange> assigned = diff.levelMoves(LevelMove.ASSIGNED);
        List<PositionChange> cleared = diff.levelMoves(LevelMove.CLEARED);
        List<PositionChange> requirements = inNewerOrder(diff, paired.stream().filter(PositionChange::requirementsChanged).toList());
        List<PositionChange> other = inNewerOrder(diff, paired.stream().filter(c -> !c.otherChanges().isEmpty()).toList());

        List<String> catalogItems = diff.catalogChanges().stream().map(c -> Labels.change(c, locale)).toList();
        section(t(Messages.CHANGELOG_CATALOG_CHANGES), catalogItems);
        section(t(Messages.CHANGELOG_ADDED), diff.added().stream().map(p -> position(p)).toList());
        section(t(Messages.CHANGELOG_REMOVED), diff.removed().stream().map(p -> position(p)).toList());
        section(t(Messages.CHANGELOG_RENAMED), diff.renamed().stream().map(this::rename).toList());
        section(t(Messages.CHANGELOG_RAISED), raised.stream().map(this::move).toList());
        section(t(Messages.CHANGELOG_LOWERED), lowered.stream().map(this::move).toList());
        if (!assigned.isEmpty()) {
            section(t(Messages.CHANGELOG_ASSIGNED), assigned.stream().map(this::move).toList());
        }
        if (!cleared.isEmpty()) {
            section(t(Messages.CHANGELOG_CLEARED), cleared.stream().map(this::move).toList());
        }
        section(t(Messages.CHANGELOG_REQUIREMENTS), requirements.stream().map(c -> changes(c, c.requirementChanges())).toList());
        section(t(Messages.CHANGELOG_OTHER), other.stream().map(c -> changes(c, c.otherChanges())).toList());

        summary.add(new String[] {t(Messages.CHANGELOG_ADDED), String.valueOf(diff.added().size())});
        summary.add(new String[] {t(Messages.CHANGELOG_REMOVED), String.valueOf(diff.removed().size())});
        summary.add(new String[] {t(Messages.CHANGELOG_RENAMED), String.valueOf(diff.renamed().size())});
        summary.add(new String[] {t(Messages.CHANGELOG_RAISED), String.valueOf(raised.size())});
        summary.add(new String[] {t(Messages.CHANGELOG_LOWERED), String.valueOf(lowered.size())});
        if (!assigned.isEmpty()) {
            summary.add(new String[] {t(Messages.CHANGELOG_ASSIGNED), String.valueOf(assigned.size())});
        }
        if (!cleared.isEmpty()) {
            summary.add(new String[] {t(Messages.CHANGELOG_CLEARED), String.valueOf(cleared.size())});
        }
        summary.add(new String[] {t(Messages.CHANGELOG_REQUIREMENTS), String.valueOf(requirements.size())});
        summary.add(new String[] {t(Messages.CHANGELOG_OTHER), String.valueOf(other.size())});
        summary.add(new String[] {t(Messages.CHANGELOG_CATALOG_CHANGES), String.valueOf(diff.catalogChanges().size())});
        tables(new Counts(diff), version(o), version(n));
    }

    private void tables(Counts counts, String ov, String nv) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.byIndustry.entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(e.getKey().isEmpty() ? t(Messages.CHANGELOG_NO_INDUSTRY) : Labels.industry(e.getKey()).label(locale));
            for (int v : e.getValue()) {
                row.add(String.valueOf(v));
            }
            rows.add(row);
        }
        tables.add(new Table(t(Messages.CHANGELOG_BY_INDUSTRY), List.of(t(Messages.CHANGELOG_COLUMN_INDUSTRY), ov, nv, t(Messages.CHANGELOG_COLUMN_ADDED),
                t(Messages.CHANGELOG_COLUMN_REMOVED), t(Messages.CHANGELOG_COLUMN_RENAMED), t(Messages.CHANGELOG_COLUMN_RAISED), t(Messages.CHANGELOG_COLUMN_LOWERED),
                t(Messages.CHANGELOG_COLUMN_REQUIREMENTS)), rows));
        List<List<String>> levels = new ArrayList<>();
        for (int rank = 3; rank >= 0; rank--) {
            int[] v = counts.byLevel.get(rank);
            if (v == null) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(rank == 0 ? t(Messages.CHANGELOG_NO_LEVEL) : ShortageLevel.ofRank(rank).map(l -> l.label(locale) + " " + l.stars()).orElseThrow());
            for (int x : v) {
                row.add(String.valueOf(x));
            }
            levels.add(row);
        }
        tables.add(new Table(t(Messages.CHANGELOG_BY_LEVEL), List.of(t(Messages.CHANGELOG_COLUMN_LEVEL), ov, nv,
                t(Messages.CHANGELOG_COLUMN_ADDED), t(Messages.CHANGELOG_COLUMN_REMOVED), t(Messages.CHANGELOG_COLUMN_MOVED_IN), t(Messages.CHANGELOG_COLUMN_MOVED_OUT)), levels));
    }

    private void section(String heading, List<String> items) {
        sections.add(new Section(heading, items));
    }

    /** A message without arguments, in this changelog's language. */
    private String t(Messages message) {
        return message.format(locale);
    }

    private static String version(Catalog c) {
        return c.edition() == null || c.edition().version() == null ? "?" : c.edition().version();
    }

    private String name(Position p) {
        return (p.id() == null ? t(Messages.CHANGELOG_NO_ID) : p.id()) + " " + (p.name() == null ? "" : p.name().in(locale));
    }

    private String level(Position p) {
        return p.level() == null ? t(Messages.CHANGELOG_NO_LEVEL) : p.level().label(locale) + " " + p.level().stars();
    }

    private String position(Position p) {
        String industry = p.industry() == null ? t(Messages.CHANGELOG_NO_INDUSTRY) : Labels.industry(p.industry()).label(locale);
        return Messages.CHANGELOG_POSITION.format(locale, name(p), industry, level(p));
    }

    private String rename(PositionChange c) {
        return Messages.CHANGELOG_RENAME.format(locale, name(c.older()), name(c.newer()), c.rename().describe(locale));
    }

    private String move(PositionChange c) {
        return Messages.CHANGELOG_MOVE.format(locale, name(c.newer()), level(c.older()), level(c.newer()));
    }

    private String changes(PositionChange c, List<FieldChange> changes) {
        return Messages.CHANGELOG_CHANGES.format(locale, name(c.newer()), String.join(t(Messages.CHANGELOG_CHANGES_SEPARATOR),
                changes.stream().map(f -> Labels.change(f, locale)).toList()));
    }

    private static List<PositionChange> inNewerOrder(CatalogDiff diff, List<PositionChange> subset) {
        List<PositionChange> out = new ArrayList<>();
        java.util.IdentityHashMap<Position, PositionChange> byNewer = new java.util.IdentityHashMap<>();
        subset.forEach(c -> byNewer.put(c.newer(), c));
        for (Position p : diff.newer().positions()) {
            PositionChange c = byNewer.get(p);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
