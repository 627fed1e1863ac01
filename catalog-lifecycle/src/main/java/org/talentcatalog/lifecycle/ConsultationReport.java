package org.talentcatalog.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.FieldChange;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.PositionChange;

/**
 * The statement of how consultation comments were handled (意见采纳情况说明, seed 七): per comment
 * (duplicates grouped), the changes between the consultation draft and the final edition on the
 * positions it names, with the inconsistencies flagged (docs/lifecycle.md, "Consultation comments").
 *
 * @param entries the comments, duplicates (the same text, white space aside) grouped, in sheet order
 * @param unexplained changed positions that no comment names and no note explains
 * @param unknownPositions position references of the comments that name no position of either edition
 */
public record ConsultationReport(List<Entry> entries, List<Unexplained> unexplained, List<String> unknownPositions) {

    /** Copies the lists. */
    public ConsultationReport {
        entries = List.copyOf(entries);
        unexplained = List.copyOf(unexplained);
        unknownPositions = List.copyOf(unknownPositions);
    }

    /** An inconsistency of a comment. */
    public enum Flag {
        /** Marked adopted (or partly adopted), but none of its positions changed. */
        ADOPTED_WITHOUT_CHANGE,
        /** Not answered: no decision. */
        UNANSWERED,
        /** Partly or not adopted without a reason. */
        NO_REASON
    }

    /**
     * One change of a position between the draft and the final edition.
     *
     * @param position the position id
     * @param path {@code ""} for a position added or removed as a whole, else the member's JSON Pointer within the position
     * @param before the value in the draft ({@code null} when absent), as JSON text
     * @param after the value in the final edition ({@code null} when absent), as JSON text
     */
    public record Change(String position, String path, @Nullable String before, @Nullable String after) {
    }

    /**
     * One comment, or several with the same text.
     *
     * @param numbers their 序号, in sheet order
     * @param senders their senders, distinct, in sheet order
     * @param text the comment
     * @param count how many rows said it
     * @param positions the ids of the positions they name
     * @param decision the decision of the first row that has one, or {@code null}
     * @param reason the reason of the first row that has one, or {@code null}
     * @param changes the changes on those positions
     * @param flags the inconsistencies
     */
    public record Entry(List<String> numbers, List<String> senders, String text, int count, List<String> positions,
            @Nullable CommentDecision decision, @Nullable String reason, List<Change> changes, List<Flag> flags) {

        /** Copies the lists. */
        public Entry {
            numbers = List.copyOf(numbers);
            senders = List.copyOf(senders);
            Objects.requireNonNull(text, "text");
            positions = List.copyOf(positions);
            changes = List.copyOf(changes);
            flags = List.copyOf(flags);
        }
    }

    /**
     * A changed position nothing explains.
     *
     * @param position the position id
     * @param changes its changes
     */
    public record Unexplained(String position, List<Change> changes) {

        /** Copies the list. */
        public Unexplained {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The statement for a consultation draft, the final edition and the comments.
     *
     * <p>A comment names a position by id, or by its Chinese name in either edition. A changed
     * position (added, removed, or with a changed member) is explained when a comment names it, or
     * by a note: its {@code shortage.rationale} in the final edition is given and differs from the draft's.
     */
    public static ConsultationReport of(Catalog draft, Catalog fin, List<Comment> comments) {
        Map<String, List<Change>> changes = changes(CatalogDiff.options().detectRenames(false).between(draft, fin));
        Map<String, String> byName = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Catalog c : List.of(draft, fin)) {
            for (Position p : c.positions()) {
                if (p.id() != null) {
                    ids.add(p.id());
                    if (p.name() != null && p.name().zh() != null) {
                        byName.putIfAbsent(p.name().zh().strip(), p.id());
                    }
                }
            }
        }
        Map<String, List<Comment>> groups = new LinkedHashMap<>();
        for (Comment c : comments) {
            groups.computeIfAbsent(c.text().replaceAll("[\\s\\u3000]+", ""), k -> new ArrayList<>()).add(c);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (List<Comment> group : groups.values()) {
            Set<String> numbers = new LinkedHashSet<>();
            Set<String> senders = new LinkedHashSet<>();
            Set<String> positions = new LinkedHashSet<>();
            CommentDecision decision = null;
            String reason = null;
            for (Comment c : group) {
                if (!c.number().isEmpty()) {
                    numbers.add(c.number());
                }
                if (!c.from().isEmpty()) {
                    senders.add(c.from());
                }
                for (String ref : c.positions()) {
                    String id = ids.contains(ref) ? ref : byName.get(ref);
                    if (id == null) {
                        unknown.add(ref);
                    } else {
                        positions.add(id);
                    }
                }
                decision = decision == null ? c.decision() : decision;
                reason = reason == null ? c.reason() : reason;
            }
            named.addAll(positions);
            List<Change> own = new ArrayList<>();
            positions.forEach(id -> own.addAll(changes.getOrDefault(id, List.of())));
            List<Flag> flags = new ArrayList<>();
            if (decision == null) {
                flags.add(Flag.UNANSWERED);
            } else if (decision.needsReason() && reason == null) {
                flags.add(Flag.NO_REASON);
            }
            if (decision != null && decision != CommentDecision.NOT_ADOPTED && !positions.isEmpty() && own.isEmpty()) {
                flags.add(Flag.ADOPTED_WITHOUT_CHANGE);
            }
            entries.add(new Entry(List.copyOf(numbers), List.copyOf(senders), group.get(0).text(), group.size(),
                    List.copyOf(positions), decision, reason, own, flags));
        }
        List<Unexplained> unexplained = new ArrayList<>();
        changes.forEach((id, list) -> {
            if (!named.contains(id) && !noted(draft, fin, id)) {
                unexplained.add(new Unexplained(id, list));
            }
        });
        return new ConsultationReport(entries, unexplained, List.copyOf(unknown));
    }

    /** The statement as JSON (docs/lifecycle.md). */
    public String toJson() {
        return org.talentcatalog.lifecycle.internal.ConsultationWriter.json(this);
    }

    /** The statement as a Markdown table, in a language (English for English locales, Chinese otherwise). */
    public String toMarkdown(java.util.@Nullable Locale locale) {
        return org.talentcatalog.lifecycle.internal.ConsultationWriter.markdown(this, locale);
    }

    /** The statement as one XLSX sheet, to {@code out} (not closed). */
    public void writeXlsx(java.io.OutputStream out, java.util.@Nullable Locale locale) throws java.io.IOException {
        org.talentcatalog.lifecycle.internal.ConsultationWriter.xlsx(this, locale, out);
    }

    private static Map<String, List<Change>> changes(CatalogDiff diff) {
        Map<String, List<Change>> out = new LinkedHashMap<>();
        for (Position p : diff.removed()) {
            out.computeIfAbsent(String.valueOf(p.id()), k -> new ArrayList<>()).add(new Change(String.valueOf(p.id()), "", name(p), null));
        }
        for (Position p : diff.added()) {
            out.computeIfAbsent(String.valueOf(p.id()), k -> new ArrayList<>()).add(new Change(String.valueOf(p.id()), "", null, name(p)));
        }
        List<PositionChange> changed = new ArrayList<>(diff.changed());
        changed.addAll(diff.renamed());
        for (PositionChange c : changed) {
            String id = String.valueOf(c.newer().id());
            for (FieldChange f : c.changes()) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change(id, f.path(), text(f.oldValue()), text(f.newValue())));
            }
        }
        return out;
    }

    private static @Nullable String name(Position p) {
        return p.name() == null ? null : p.name().zh();
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        return value == null ? null : value.isTextual() ? value.textValue() : value.toString();
    }

    private static boolean noted(Catalog draft, Catalog fin, String id) {
        String before = rationale(draft, id);
        String after = rationale(fin, id);
        return after != null && !after.equals(before);
    }

    private static @Nullable String rationale(Catalog c, String id) {
        Position p = c.position(id).orElse(null);
        return p == null || p.shortage() == null ? null : p.shortage().rationale();
    }
}
