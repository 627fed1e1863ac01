package org.talentcatalog.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 6902 applier for the operations the diff emits ({@code add}, {@code remove},
 * {@code replace}, {@code move}), written independently of the diff's patch writer to check it. Pointers follow
 * RFC 6901: {@code ~1} → {@code /}, then {@code ~0} → {@code ~}; array indices are {@code 0} or digits
 * without a leading zero, {@code -} appends (add only). {@code move} removes the value at {@code from}
 * and adds it at {@code path}, which is read after the removal; it cannot move a value into one of its
 * own children. Any other operation, a missing {@code value} or {@code from}, a missing target or an
 * index out of bounds is an {@link IllegalArgumentException}.
 * Objects keep insertion order: {@code add} of a new member puts it last, {@code replace} keeps its place.
 */
final class JsonPatchApplier {

    private JsonPatchApplier() {
    }

    /** Applies the patch to a copy of the document and returns it. */
    static JsonNode apply(JsonNode document, JsonNode patch) {
        if (!patch.isArray()) {
            throw new IllegalArgumentException("a patch is an array");
        }
        JsonNode doc = document.deepCopy();
        for (JsonNode op : patch) {
            doc = applyOne(doc, op);
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        String name = text(op, "op");
        List<String> tokens = tokens(text(op, "path"));
        switch (name) {
            case "add", "replace" -> {
                if (!op.has("value")) {
                    throw new IllegalArgumentException("missing value");
                }
                return put(doc, tokens, op.get("value").deepCopy(), name.equals("replace"));
            }
            case "remove" -> {
                remove(doc, tokens);
                return doc;
            }
            case "move" -> {
                List<String> from = tokens(text(op, "from"));
                if (tokens.size() > from.size() && tokens.subList(0, from.size()).equals(from)) {
                    throw new IllegalArgumentException("cannot move a value into one of its children");
                }
                JsonNode value = resolve(doc, from);
                if (from.isEmpty()) {
                    return put(doc, tokens, value, false);
                }
                remove(doc, from);
                return put(doc, tokens, value, false);
            }
            default -> throw new IllegalArgumentException("unsupported op: " + name);
        }
    }

    /** {@code add} (or {@code replace}, which needs an existing target) of {@code value} at the pointer. */
    private static JsonNode put(JsonNode doc, List<String> tokens, JsonNode value, boolean replace) {
        if (tokens.isEmpty()) {
            return value;
        }
        JsonNode parent = resolve(doc, tokens.subList(0, tokens.size() - 1));
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (replace && !o.has(last)) {
                throw new IllegalArgumentException("no member to replace: " + last);
            }
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if (replace) {
                a.set(index(last, a.size()), value);
            } else {
                a.insert(last.equals("-") ? a.size() : index(last, a.size() + 1), value);
            }
        } else {
            throw new IllegalArgumentException("parent is not a container");
        }
        return doc;
    }

    private static void remove(JsonNode doc, List<String> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("cannot remove the root");
        }
        JsonNode parent = resolve(doc, tokens.subList(0, tokens.size() - 1));
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (!o.has(last)) {
                throw new IllegalArgumentException("no member to remove: " + last);
            }
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(last, a.size()));
        } else {
            throw new IllegalArgumentException("parent is not a container");
        }
    }

    private static JsonNode resolve(JsonNode doc, List<String> tokens) {
        JsonNode at = doc;
        for (String t : tokens) {
            if (at instanceof ObjectNode o && o.has(t)) {
                at = o.get(t);
            } else if (at instanceof ArrayNode a) {
                at = a.get(index(t, a.size()));
            } else {
                throw new IllegalArgumentException("no such target: " + t);
            }
        }
        return at;
    }

    /** An index in 0..bound-1, digits only, no leading zero. */
    private static int index(String token, int bound) {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("not an array index: " + token);
        }
        int i = Integer.parseInt(token);
        if (i >= bound) {
            throw new IllegalArgumentException("index out of bounds: " + i);
        }
        return i;
    }

    private static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a pointer starts with /: " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static String text(JsonNode op, String member) {
        JsonNode v = op.get(member);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing " + member);
        }
        return v.asText();
    }
}
