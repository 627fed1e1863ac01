package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Vendor extension members ({@code x-…}) of a catalog, a position or a position's requirements,
 * kept in the order they were read and written back unchanged.
 *
 * <p>Names start with {@code x-} followed by at least one character; values are any JSON value,
 * {@code null} included. Values are deep-copied in and out, so an {@code Extensions} is immutable;
 * numbers are kept in the form the reader produces (integers as the narrowest integer node, other
 * numbers as exact decimals), so a catalog built in code equals itself after a JSON round trip.
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
    public static Extensions of(@Nullable Map<String, ? extends @Nullable JsonNode> members) {
        if (members == null || members.isEmpty()) {
            return NONE;
        }
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            requireExtensionName(name);
            copy.put(name, normalize(value));
        });
        return new Extensions(copy);
    }

    /**
     * A deep copy in the form the reader produces, so that equal JSON means equal values: integers
     * as the narrowest of int, long and big integer; other numbers as exact decimals.
     */
    private static JsonNode normalize(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return NullNode.getInstance();
        }
        if (value.isIntegralNumber()) {
            java.math.BigInteger big = value.bigIntegerValue();
            return big.bitLength() < 32 ? IntNode.valueOf(big.intValue())
                    : big.bitLength() < 64 ? LongNode.valueOf(big.longValue()) : BigIntegerNode.valueOf(big);
        }
        if (value.isFloat()) {
            return DecimalNode.valueOf(new BigDecimal(Float.toString(value.floatValue())));
        }
        if (value.isDouble()) {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            return DecimalNode.valueOf(BigDecimal.valueOf(d));
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(e -> copy.set(e.getKey(), normalize(e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> copy.add(normalize(item)));
            return copy;
        }
        return value.deepCopy();
    }

    /** Whether {@code name} is an extension member name: {@code x-} and at least one more character. */
    public static boolean isExtensionName(@Nullable String name) {
        return name != null && name.length() > 2 && name.startsWith("x-");
    }

    private static void requireExtensionName(String name) {
        if (!isExtensionName(name)) {
            throw new IllegalArgumentException("not an extension member name (x-…): " + name);
        }
    }

    /** A copy with one member added or replaced (added members go last). */
    public Extensions with(String name, @Nullable JsonNode value) {
        requireExtensionName(name);
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>(members);
        copy.put(name, normalize(value));
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
    public boolean equals(@Nullable Object o) {
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
