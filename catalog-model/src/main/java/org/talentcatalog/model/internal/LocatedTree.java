package org.talentcatalog.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON value read from a stream with the location of every value inside it, kept compactly: one
 * packed {@code line << 32 | column} per value in pre-order, and no pointer strings. A pointer is
 * resolved only when an issue asks for it, by walking the tree (cheap for the small parts a validator
 * reads: the catalog header's members, one position).
 *
 * @param node the value
 * @param at the packed location of each value of {@code node}, in pre-order ({@code at[0]} is the
 *     value itself)
 */
public record LocatedTree(JsonNode node, long[] at) {

    /**
     * The packed location of the value at {@code pointer}, relative to this tree ({@code ""} is the
     * tree itself), or {@code -1} when there is no such value.
     */
    public long locate(String pointer) {
        if (pointer.isEmpty()) {
            return at[0];
        }
        if (pointer.charAt(0) != '/') {
            return -1;
        }
        JsonNode current = node;
        int index = 0;
        int start = 1;
        while (true) {
            int end = pointer.indexOf('/', start);
            String token = JsonPointers.unescape(end < 0 ? pointer.substring(start) : pointer.substring(start, end));
            int offset = childOffset(current, token);
            if (offset < 0) {
                return -1;
            }
            index += offset;
            current = child(current, token);
            if (end < 0) {
                return index < at.length ? at[index] : -1;
            }
            start = end + 1;
        }
    }

    /** The pre-order distance from a container to its child named by {@code token}, or -1. */
    private static int childOffset(JsonNode container, String token) {
        int offset = 1;
        if (container.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = container.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(token)) {
                    return offset;
                }
                offset += size(e.getValue());
            }
            return -1;
        }
        if (container.isArray()) {
            int wanted = index(token);
            if (wanted < 0 || wanted >= container.size()) {
                return -1;
            }
            for (int i = 0; i < wanted; i++) {
                offset += size(container.get(i));
            }
            return offset;
        }
        return -1;
    }

    private static JsonNode child(JsonNode container, String token) {
        return container.isObject() ? container.get(token) : container.get(index(token));
    }

    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }

    /** The number of values in {@code n}, itself included. */
    static int size(JsonNode n) {
        int count = 1;
        if (n.isContainerNode()) {
            for (JsonNode child : n) {
                count += size(child);
            }
        }
        return count;
    }
}
