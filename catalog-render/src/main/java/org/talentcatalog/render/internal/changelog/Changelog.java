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
        title = t("目录变更：", "Changes: ") + (n.title() == null ? n.id() : n.title().in(locale)) + " "
                + version(o) + " → " + version(n);
        List<PositionChange> paired = Counts.concat(diff);
        List<PositionChange> raised = diff.levelMoves(LevelMove.RAISED);
        List<PositionChange> lowered = diff.levelMoves(LevelMove.LOWERED);
        List<PositionChange> assigned = diff.levelMoves(LevelMove.ASSIGNED);
        List<PositionChange> cleared = diff.levelMoves(LevelMove.CLEARED);
        List<PositionChange> requirements = inNewerOrder(diff, paired.stream().filter(PositionChange::requirementsChanged).toList());
        List<PositionChange> other = inNewerOrder(diff, paired.stream().filter(c -> !c.otherChanges().isEmpty()).toList());

        List<String> catalogItems = diff.catalogChanges().stream().map(c -> Labels.change(c, locale)).toList();
        section(t("目录信息变化", "Catalog changes"), catalogItems);
        section(t("新增岗位", "Added positions"), diff.added().stream().map(p -> position(p)).toList());
        section(t("删除岗位", "Removed positions"), diff.removed().stream().map(p -> position(p)).toList());
        section(t("更名岗位", "Renamed positions"), diff.renamed().stream().map(this::rename).toList());
        section(t("紧缺程度上调", "Shortage level raised"), raised.stream().map(this::move).toList());
        section(t("紧缺程度下调", "Shortage level lowered"), lowered.stream().map(this::move).toList());
        if (!assigned.isEmpty()) {
            section(t("新定级", "Level assigned"), assigned.stream().map(this::move).toList());
        }
        if (!cleared.isEmpty()) {
            section(t("取消定级", "Level cleared"), cleared.stream().map(this::move).toList());
        }
        section(t("要求变化", "Requirement changes"), requirements.stream().map(c -> changes(c, c.requirementChanges())).toList());
        section(t("其他变化", "Other changes"), other.stream().map(c -> changes(c, c.otherChanges())).toList());

        summary.add(new String[] {t("新增岗位", "Added positions"), String.valueOf(diff.added().size())});
        summary.add(new String[] {t("删除岗位", "Removed positions"), String.valueOf(diff.removed().size())});
        summary.add(new String[] {t("更名岗位", "Renamed positions"), String.valueOf(diff.renamed().size())});
        summary.add(new String[] {t("紧缺程度上调", "Shortage level raised"), String.valueOf(raised.size())});
        summary.add(new String[] {t("紧缺程度下调", "Shortage level lowered"), String.valueOf(lowered.size())});
        if (!assigned.isEmpty()) {
            summary.add(new String[] {t("新定级", "Level assigned"), String.valueOf(assigned.size())});
        }
        if (!cleared.isEmpty()) {
            summary.add(new String[] {t("取消定级", "Level cleared"), String.valueOf(cleared.size())});
        }
        summary.add(new String[] {t("要求变化", "Requirement changes"), String.valueOf(requirements.size())});
        summary.add(new String[] {t("其他变化", "Other changes"), String.valueOf(other.size())});
        summary.add(new String[] {t("目录信息变化", "Catalog changes"), String.valueOf(diff.catalogChanges().size())});
        tables(new Counts(diff), version(o), version(n));
    }

    private void tables(Counts counts, String ov, String nv) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.byIndustry.entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(e.getKey().isEmpty() ? t("（无）", "(none)") : Labels.industry(e.getKey()).label(locale));
            for (int v : e.getValue()) {
                row.add(String.valueOf(v));
            }
            rows.add(row);
        }
        tables.add(new Table(t("按产业统计", "By industry"), List.of(t("产业", "Industry"), ov, nv, t("新增", "added"),
                t("删除", "removed"), t("更名", "renamed"), t("上调", "raised"), t("下调", "lowered"),
                t("要求变化", "requirements")), rows));
        List<List<String>> levels = new ArrayList<>();
        for (int rank = 3; rank >= 0; rank--) {
            int[] v = counts.byLevel.get(rank);
            if (v == null) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(rank == 0 ? t("未定级", "no level") : ShortageLevel.ofRank(rank).map(l -> l.label(locale) + " " + l.stars()).orElseThrow());
            for (int x : v) {
                row.add(String.valueOf(x));
            }
            levels.add(row);
        }
        tables.add(new Table(t("按紧缺程度统计", "By shortage level"), List.of(t("紧缺程度", "Level"), ov, nv,
                t("新增", "added"), t("删除", "removed"), t("调入", "moved in"), t("调出", "moved out")), levels));
    }

    private void section(String heading, List<String> items) {
        sections.add(new Section(heading, items));
    }

    private String t(String zh, String en) {
        return Labels.pick(locale, zh, en);
    }

    private static String version(Catalog c) {
        return c.edition() == null || c.edition().version() == null ? "?" : c.edition().version();
    }

    private String name(Position p) {
        return (p.id() == null ? t("（无编号）", "(no id)") : p.id()) + " " + (p.name() == null ? "" : p.name().in(locale));
    }

    private String level(Position p) {
        return p.level() == null ? t("未定级", "no level") : p.level().label(locale) + " " + p.level().stars();
    }

    private String position(Position p) {
        String sep = t("，", ", ");
        return name(p) + t("（", " (") + Labels.industry(p.industry()).label(locale) + sep + level(p) + t("）", ")");
    }

    private String rename(PositionChange c) {
        return name(c.older()) + " → " + name(c.newer()) + t("（", " (") + c.rename().describe(locale) + t("）", ")");
    }

    private String move(PositionChange c) {
        return name(c.newer()) + t("：", ": ") + level(c.older()) + " → " + level(c.newer());
    }

    private String changes(PositionChange c, List<FieldChange> changes) {
        return name(c.newer()) + t("：", ": ") + String.join(t("；", "; "),
                changes.stream().map(f -> Labels.change(f, locale)).toList());
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
