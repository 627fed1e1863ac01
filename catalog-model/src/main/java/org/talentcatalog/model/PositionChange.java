package org.talentcatalog.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A position present in both editions — paired by {@code id}, or, for a probable rename, by the
 * {@link RenameEvidence} — with its field-level changes.
 *
 * <p>Paths of the changes are relative to the position ({@code /shortage/level}); a rename carries at
 * least the change of {@code /id}. Changes are in the canonical member order of docs/format.md, extension
 * members last by name, so the list reads the same from either edition.
 *
 * @param older the position in the older edition
 * @param newer the position in the newer edition
 * @param changes the changed members, never {@code null}
 * @param rename why the pair is a probable rename, or {@code null} when it is paired by {@code id}
 */
public record PositionChange(Position older, Position newer, List<FieldChange> changes, @Nullable RenameEvidence rename) {

    /** Copies the list. */
    public PositionChange {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The id in the newer edition. */
    public @Nullable String id() {
        return newer.id();
    }

    /** Whether the pair is a probable rename (different ids). */
    public boolean isRename() {
        return rename != null;
    }

    /** How the shortage level moved. */
    public LevelMove levelMove() {
        return LevelMove.of(older.level(), newer.level());
    }

    /** Whether any requirement (人才素质与能力要求) changed, extension members included. */
    public boolean requirementsChanged() {
        return changes.stream().anyMatch(c -> isRequirementPath(c.path()));
    }

    /** The changes under {@code /requirements}. */
    public List<FieldChange> requirementChanges() {
        return changes.stream().filter(c -> isRequirementPath(c.path())).toList();
    }

    /** The changes outside {@code /requirements} and {@code /shortage/level}. */
    public List<FieldChange> otherChanges() {
        return changes.stream()
                .filter(c -> !isRequirementPath(c.path()) && !c.path().equals("/shortage/level")
                        && !(c.path().equals("/shortage") && levelMove() != LevelMove.UNCHANGED))
                .toList();
    }

    /** The same pair seen from the newer edition to the older one. */
    public PositionChange inverse() {
        return new PositionChange(newer, older, changes.stream().map(FieldChange::inverse).toList(), rename);
    }

    private static boolean isRequirementPath(String path) {
        return path.equals("/requirements") || path.startsWith("/requirements/");
    }
}
