package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.internal.Messages;
import org.talentcatalog.model.internal.diff.DiffJson;
import org.talentcatalog.model.internal.diff.Pairing;
import org.talentcatalog.model.internal.diff.PatchWriter;
import org.talentcatalog.model.internal.diff.TreeDiff;

/**
 * What changed between two editions of a catalog (目录版本比较): added, removed, renamed and changed
 * positions with field-level changes, shortage-level moves, and catalog-level changes.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.between(CatalogJson.read(Path.of("sh-ic-2024.json")),
 *                                        CatalogJson.read(Path.of("sh-ic-2025.json")));
 * diff.added();                         // positions only in the newer edition
 * diff.levelMoves(LevelMove.RAISED);    // 紧缺程度上调
 * String patch = diff.toJsonPatch().toString();   // RFC 6902, older JSON → newer JSON
 * }</pre>
 *
 * <p>The model keeps the data and the machine formats ({@link #toJson()}, {@link #toJsonPatch()});
 * the changelogs for people (Markdown, text) are renderers in the {@code catalog-render} module,
 * {@code Renderers.standard().get(CatalogDiff.class, "markdown")}.
 *
 * <p>Both editions are compared as their canonical JSON ({@link CatalogJson#toTree}), so every
 * member counts, requirement lists and {@code x-} extensions included. Paired positions with equal
 * values ({@link Position#equals}) are skipped without writing them; only the catalog header and the
 * positions that differ are turned into JSON, and the JSON Patch is computed when asked for.
 * Order alone is not a change: neither the order of positions nor that of extension members (as for {@link Extensions#equals});
 * the JSON Patch reproduces both.
 * Positions are paired by {@code id}; should a broken document repeat an id or leave positions
 * without one ({@link AmbiguousIds}), the positions of that id (or without one) are paired in document
 * order, the first with the first, so a document compared with itself has no change either way, and
 * {@link #pairingNote(Locale)} says so. With {@link DiffOptions#detectRenames()} (the default) an
 * unpaired removed and added position
 * that are evidently the same post become a probable rename (see {@link RenameEvidence}). The work is
 * linear in the size of the catalogs: hashing by id, and rename candidates bucketed by occupation
 * code and by name.
 *
 * <p>Lists are ordered: {@code added} in the newer edition's order, {@code removed} in the older's,
 * {@code renamed} and {@code changed} in the newer's; so {@code between(a, b).inverse()} equals
 * {@code between(b, a)}. Instances are immutable and thread-safe.
 */
public final class CatalogDiff {

    private final Catalog older;
    private final Catalog newer;
    private final DiffOptions options;
    private final List<FieldChange> catalogChanges;
    private final List<Position> added;
    private final List<Position> removed;
    private final List<PositionChange> renamed;
    private final List<PositionChange> changed;
    private final List<PositionChange> paired;
    private final Pairing pairing;
    private final AmbiguousIds olderIds;
    private final AmbiguousIds newerIds;

    private CatalogDiff(Catalog older, Catalog newer, DiffOptions options, Pairing pairing, List<FieldChange> catalogChanges) {
        this.older = older;
        this.newer = newer;
        this.options = options;
        this.pairing = pairing;
        this.catalogChanges = List.copyOf(catalogChanges);
        List<Position> a = new ArrayList<>();
        List<PositionChange> all = new ArrayList<>();
        List<PositionChange> rn = new ArrayList<>();
        List<PositionChange> ch = new ArrayList<>();
        for (int j = 0; j < newer.positions().size(); j++) {
            int i = pairing.olderOf(j);
            if (i < 0) {
                a.add(newer.positions().get(j));
                continue;
            }
            Position o = older.positions().get(i);
            Position n = newer.positions().get(j);
            RenameEvidence evidence = pairing.evidenceOf(j);
            if (evidence == null && o.equals(n)) {
                continue; // equal values write equal JSON, up to the order of x- members: no change
            }
            List<FieldChange> changes = TreeDiff.changes(CatalogJson.positionTree(o), CatalogJson.positionTree(n));
            if (evidence != null || !changes.isEmpty()) {
                PositionChange c = new PositionChange(o, n, changes, evidence);
                (evidence != null ? rn : ch).add(c);
                all.add(c);
            }
        }
        List<Position> r = new ArrayList<>();
        for (int i = 0; i < older.positions().size(); i++) {
            if (pairing.newerOf(i) < 0) {
                r.add(older.positions().get(i));
            }
        }
        this.added = List.copyOf(a);
        this.removed = List.copyOf(r);
        this.renamed = List.copyOf(rn);
        this.changed = List.copyOf(ch);
        this.paired = List.copyOf(all);
        this.olderIds = AmbiguousIds.of(older.positions());
        this.newerIds = AmbiguousIds.of(newer.positions());
    }

    /** Compares two editions with {@link DiffOptions#defaults()} (renames detected). */
    public static CatalogDiff between(Catalog older, Catalog newer) {
        return DiffOptions.defaults().between(older, newer);
    }

    /** The default options, to change and then call {@link DiffOptions#between}. */
    public static DiffOptions options() {
        return DiffOptions.defaults();
    }

    static CatalogDiff compute(Catalog older, Catalog newer, DiffOptions options) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(options, "options");
        Pairing pairing = Pairing.of(older.positions(), newer.positions(), options.detectRenames(), options.renameSimilarity());
        List<FieldChange> catalogChanges = TreeDiff.catalogChanges(
                CatalogJson.toTree(older.withPositions(List.of())), CatalogJson.toTree(newer.withPositions(List.of())));
        return new CatalogDiff(older, newer, options, pairing, catalogChanges);
    }

    /** The older edition. */
    public Catalog older() {
        return older;
    }

    /** The newer edition. */
    public Catalog newer() {
        return newer;
    }

    /** The options the editions were compared with. */
    public DiffOptions optionsUsed() {
        return options;
    }

    /** Changes outside {@code positions} (edition, status, scope, issuance, methodology, title, x- members…), absolute paths. */
    public List<FieldChange> catalogChanges() {
        return catalogChanges;
    }

    /** Positions only in the newer edition (新增岗位), in its order. */
    public List<Position> added() {
        return added;
    }

    /** Positions only in the older edition (删除岗位), in its order. */
    public List<Position> removed() {
        return removed;
    }

    /** Probable renames (更名岗位): pairs with different ids, in the newer edition's order. */
    public List<PositionChange> renamed() {
        return renamed;
    }

    /** Positions with the same id and at least one changed member, in the newer edition's order. */
    public List<PositionChange> changed() {
        return changed;
    }

    /** The renamed and changed positions whose shortage level moved this way, in the newer edition's order. */
    public List<PositionChange> levelMoves(LevelMove move) {
        Objects.requireNonNull(move, "move");
        return paired.stream().filter(c -> c.levelMove() == move).toList();
    }

    /** The ids of the older edition that do not tell its positions apart (none in a valid catalog). */
    public AmbiguousIds olderAmbiguousIds() {
        return olderIds;
    }

    /** The ids of the newer edition that do not tell its positions apart (none in a valid catalog). */
    public AmbiguousIds newerAmbiguousIds() {
        return newerIds;
    }

    /** Whether some positions were paired in document order because an edition repeats an id or has positions without one. */
    public boolean pairedByOrder() {
        return !olderIds.isEmpty() || !newerIds.isEmpty();
    }

    /**
     * Why some positions were paired in document order, for a changelog, e.g. {@code 注：旧版中岗位编号重复（IC-001）；
     * 编号相同或缺失的岗位按在文档中的先后顺序配对}; {@code null} when every position has an id of its own.
     *
     * @param locale English for any English locale, Chinese otherwise (also for {@code null})
     */
    public @Nullable String pairingNote(@Nullable Locale locale) {
        if (!pairedByOrder()) {
            return null;
        }
        List<String> editions = new ArrayList<>();
        if (!olderIds.isEmpty()) {
            editions.add(Messages.DIFF_OLDER.format(locale, olderIds.describe(locale)));
        }
        if (!newerIds.isEmpty()) {
            editions.add(Messages.DIFF_NEWER.format(locale, newerIds.describe(locale)));
        }
        return Messages.DIFF_PAIRED_BY_ORDER.format(locale, String.join(Messages.DIFF_EDITION_SEPARATOR.format(locale), editions));
    }

    /** Whether the editions are equal up to the order of positions and of extension members. */
    public boolean isEmpty() {
        return catalogChanges.isEmpty() && added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty();
    }

    /** The differences seen from the newer edition to the older one: equal to {@code between(newer, older)} with the same options. */
    public CatalogDiff inverse() {
        return new CatalogDiff(newer, older, options, pairing.inverse(),
                catalogChanges.stream().map(FieldChange::inverse).toList());
    }

    /**
     * The structured JSON form: {@code older}/{@code newer} ({@code id}, {@code version}), {@code summary}
     * counts, {@code catalog} changes, {@code added}/{@code removed} positions, {@code renamed} and
     * {@code changed} positions with {@code level} moves and {@code changes} ({@code path}, {@code op},
     * {@code old}, {@code new}; an absent side is left out), and, only when positions were paired in
     * document order ({@link #pairedByOrder()}), {@code pairedByOrder} with the {@code older} and
     * {@code newer} edition's {@code duplicateIds} and {@code withoutId} count.
     */
    public JsonNode toJson() {
        return DiffJson.write(this);
    }

    /**
     * An RFC 6902 JSON Patch (only {@code add}, {@code remove}, {@code replace}, {@code move}; RFC 6901
     * pointers) that turns {@code CatalogJson.toTree(older())} into {@code CatalogJson.toTree(newer())},
     * each operation's path valid when it applies: position removals from the highest index down; then,
     * from the lowest newer index up, additions and one {@code move} for each paired position outside a
     * longest run of pairs already in the newer order (the fewest moves; a reversed list of n positions
     * is n − 1 moves); then member changes at the newer indices, moved positions included. Arrays
     * (requirement lists, policies, indicators, {@code x-} values…) change item by item: items added or
     * removed at their index or changed in place; the whole array is replaced when that is shorter, or
     * past a size bound that keeps the work O(n·m) small. New object members are added last, so
     * canonical formatting of the result gives the newer edition's bytes exactly. The work is
     * O(n log n) in the number of positions.
     */
    public JsonNode toJsonPatch() {
        return PatchWriter.write(CatalogJson.toTree(older), CatalogJson.toTree(newer), pairing);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CatalogDiff d && older.equals(d.older) && newer.equals(d.newer) && options.equals(d.options)
                && catalogChanges.equals(d.catalogChanges) && added.equals(d.added) && removed.equals(d.removed)
                && renamed.equals(d.renamed) && changed.equals(d.changed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(older, newer, options, catalogChanges, added, removed, renamed, changed);
    }

    @Override
    public String toString() {
        return "CatalogDiff[" + older.id() + " " + version(older) + " → " + version(newer) + ": +" + added.size()
                + " -" + removed.size() + " ~" + renamed.size() + " Δ" + changed.size() + " catalog " + catalogChanges.size() + "]";
    }

    private static @Nullable String version(Catalog c) {
        return c.edition() == null ? "?" : c.edition().version();
    }
}
