package org.talentcatalog.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 6902 applier for the operations the diff emits ({@code add}, {@code remove},
 * {@code replace}), written independently of the diff's patch writer to check it. Pointers follow
 * RFC 6901: {@code ~1} → {@code /}, then {@code ~0} → {@code ~}; array indices are {@code 0} or digits
 * without a leading zero, {@code -} appends (add only). Any other operation, a missing
 * {@code value}, a missing target or an index out of bounds is an {@link IllegalArgumentException}.
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
                JsonNode value = op.get("value").deepCopy();
                if (tokens.isEmpty()) {
                    return value;
                }
                JsonNode parent = resolve(doc, tokens.subList(0, tokens.size() - 1));
                String last = tokens.get(tokens.size() - 1);
                if (parent instanceof ObjectNode o) {
                    if (name.equals("replace") && !o.has(last)) {
                        throw new IllegalArgumentException("no member to replace: " + last);
                    }
                    o.set(last, value);
                } else if (parent instanceof ArrayNode a) {
                    if (name.equals("add")) {
                        int i = last.equals("-") ? a.size() : index(last, a.size() + 1);
                        a.insert(i, value);
                    } else {
                        a.set(index(last, a.size()), value);
                    }
                } else {
                    throw new IllegalArgumentException("parent is not a container");
                }
                return doc;
            }
            case "remove" -> {
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
                return doc;
            }
            default -> throw new IllegalArgumentException("unsupported op: " + name);
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
