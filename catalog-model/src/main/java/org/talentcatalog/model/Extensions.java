package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vendor extension members ({@code x-…}) of a catalog, a position or a position's requirements,
 * kept in the order they were read and written back unchanged.
 *
 * <p>Names start with {@code x-} followed by at least one character; values are any JSON value,
 * {@code null} included. Values are deep-copied in and out, so an {@code Extensions} is immutable.
 * Equality is by value (names, order-insensitive, and JSON values).
 */
public final class Extensions {

    private static final Extensions NONE = new Extensions(new LinkedHashMap<>());

    private final Map<String, JsonNode> members;

    private Extensions(LinkedHashMap<String, JsonNode> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    /** No extension members. */
    public static Extensions none() {
        return NONE;
    }

    /**
     * Extension members with the given names and values, in the map's iteration order.
     *
     * @throws IllegalArgumentException when a name is not an extension name
     */
    public static Extensions of(Map<String, ? extends JsonNode> members) {
        if (members == null || members.isEmpty()) {
            return NONE;
        }
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            requireExtensionName(name);
            copy.put(name, value == null ? NullNode.getInstance() : value.deepCopy());
        });
        return new Extensions(copy);
    }

    /** Whether {@code name} is an extension member name: {@code x-} and at least one more character. */
    public static boolean isExtensionName(String name) {
        return name != null && name.length() > 2 && name.startsWith("x-");
    }

    private static void requireExtensionName(String name) {
        if (!isExtensionName(name)) {
            throw new IllegalArgumentException("not an extension member name (x-…): " + name);
        }
    }

    /** A copy with one member added or replaced (added members go last). */
    public Extensions with(String name, JsonNode value) {
        requireExtensionName(name);
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>(members);
        copy.put(name, value == null ? NullNode.getInstance() : value.deepCopy());
        return new Extensions(copy);
    }

    /** The value of one member (a copy), or empty when there is none. */
    public Optional<JsonNode> get(String name) {
        JsonNode value = members.get(name);
        return value == null ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /** The member names in order. */
    public Set<String> names() {
        return members.keySet();
    }

    /** The members in order, as copies. */
    public Map<String, JsonNode> asMap() {
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
        members.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    /** Whether there are no members. */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /**
     * Visits the members in order without copying; the visitor must not modify the values.
     * For serializers and differs on hot paths.
     */
    public void forEach(java.util.function.BiConsumer<String, JsonNode> visitor) {
        members.forEach(visitor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extensions other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return "Extensions" + members;
    }
}
