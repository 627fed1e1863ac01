package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One member whose value differs between two editions: where, what it was, what it became.
 *
 * <p>The {@code path} is an RFC 6901 JSON Pointer into the canonical JSON ({@link CatalogJson}):
 * absolute for catalog-level changes ({@code /edition/version}), relative to the position for
 * position changes ({@code /shortage/level}, {@code /requirements/majors}). A member that is absent
 * on one side has a {@code null} value there; a JSON {@code null} (allowed in {@code x-} members) is
 * a {@link com.fasterxml.jackson.databind.node.NullNode}. Arrays are compared as whole values;
 * objects present on both sides are compared member by member, so a change always names the
 * deepest member that differs.
 *
 * <p>Immutable: values are copied in and out.
 *
 * @param path the JSON Pointer of the member
 * @param oldValue its value in the older edition, or {@code null} when it was absent
 * @param newValue its value in the newer edition, or {@code null} when it is absent
 */
public record FieldChange(String path, @Nullable JsonNode oldValue, @Nullable JsonNode newValue) {

    /** What happened to the member. */
    public enum Kind {
        /** The member is new (RFC 6902 {@code add}). */
        ADDED,
        /** The member is gone (RFC 6902 {@code remove}). */
        REMOVED,
        /** The member has another value (RFC 6902 {@code replace}). */
        REPLACED
    }

    /**
     * Copies the values.
     *
     * @throws IllegalArgumentException when both values are absent
     */
    public FieldChange {
        Objects.requireNonNull(path, "path");
        if (oldValue == null && newValue == null) {
            throw new IllegalArgumentException("a change needs an old or a new value: " + path);
        }
        oldValue = oldValue == null ? null : oldValue.deepCopy();
        newValue = newValue == null ? null : newValue.deepCopy();
    }

    /** The older value (a copy), or {@code null} when the member was absent. */
    @Override
    public @Nullable JsonNode oldValue() {
        return oldValue == null ? null : oldValue.deepCopy();
    }

    /** The newer value (a copy), or {@code null} when the member is absent. */
    @Override
    public @Nullable JsonNode newValue() {
        return newValue == null ? null : newValue.deepCopy();
    }

    /** Added, removed or replaced. */
    public Kind kind() {
        return oldValue == null ? Kind.ADDED : newValue == null ? Kind.REMOVED : Kind.REPLACED;
    }

    /** The same change seen from the newer edition to the older one. */
    public FieldChange inverse() {
        return new FieldChange(path, newValue, oldValue);
    }

    /** The last reference token of the path, unescaped (the member's own name). */
    public String member() {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }
}
