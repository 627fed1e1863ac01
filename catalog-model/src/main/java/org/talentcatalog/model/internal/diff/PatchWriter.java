package org.talentcatalog.model.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * Writes an RFC 6902 JSON Patch ({@code add}, {@code remove}, {@code replace}, {@code move}) from an
 * older canonical catalog tree to a newer one, given the pairing of positions. Every operation's path
 * is valid at the moment it applies, in the order written.
 *
 * <p>Positions: removed ones are removed from the highest index down; then the paired positions
 * outside a longest run kept in the same relative order are moved and added ones added, from the lowest
 * newer index up ({@link PositionMoves}: the fewest moves, O(n log n)); then, the array being in the
 * newer order, paired positions get their member changes at their newer indices, moved ones included.
 * Members: objects are compared member by member; arrays item by item ({@link ArrayEdits}: items added
 * and removed at their index, changed in place, or the whole array replaced past a size bound or when
 * that is shorter); other values are replaced whole. Where member order survives canonical formatting
 * ({@code x-} members, and everything inside an extension value), members whose order would come out
 * wrong are removed and added again in the newer order, since {@code add} puts a new member last.
 */
public final class PatchWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PatchWriter() {
    }

    /** The patch that turns {@code older} into {@code newer}. */
    public static ArrayNode write(JsonNode older, JsonNode newer, Pairing pairing) {
        ArrayNode ops = NODES.arrayNode();
        object("", older, newer, false, "positions", ops);
        positions(older.path("positions"), newer.path("positions"), pairing, ops);
        return ops;
    }

    private static void positions(JsonNode op, JsonNode np, Pairing pairing, ArrayNode ops) {
        for (int i = pairing.olderSize() - 1; i >= 0; i--) {
            if (pairing.newerOf(i) < 0) {
                ops.add(op("remove", "/positions/" + i, null));
            }
        }
        PositionMoves.write(pairing, np, "/positions", ops);
        for (int j = 0; j < pairing.newerSize(); j++) {
            int i = pairing.olderOf(j);
            if (i >= 0) {
                value("/positions/" + j, op.get(i), np.get(j), false, ops);
            }
        }
    }

    /** Appends the operations that turn {@code o} at {@code path} into {@code n}. */
    static void value(String path, JsonNode o, JsonNode n, boolean free, ArrayNode ops) {
        if (identical(o, n)) {
            return;
        }
        if (o.isObject() && n.isObject()) {
            object(path, o, n, free, null, ops);
        } else if (o.isArray() && n.isArray()) {
            ArrayEdits.write(path, o, n, free, ops);
        } else {
            ops.add(op("replace", path, n));
        }
    }

    private static void object(String path, JsonNode o, JsonNode n, boolean free, String skip, ArrayNode ops) {
        Map<String, Integer> oldPos = new HashMap<>();
        int p = 0;
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            oldPos.put(it.next(), p++);
        }
        // The significant members of the newer object kept in place: the longest prefix (in newer order)
        // of members already present whose older positions increase.
        java.util.Set<String> readd = new java.util.LinkedHashSet<>();
        int last = -1;
        boolean inPrefix = true;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!(free || name.startsWith("x-")) || name.equals(skip)) {
                continue;
            }
            Integer at = oldPos.get(name);
            if (inPrefix && at != null && at > last) {
                last = at;
            } else {
                inPrefix = false;
                readd.add(name);
            }
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(skip) && (!n.has(name) || readd.contains(name))) {
                ops.add(op("remove", JsonPointers.child(path, name), null));
            }
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equals(skip) || readd.contains(name)) {
                continue;
            }
            JsonNode a = o.get(name);
            String child = JsonPointers.child(path, name);
            if (a == null) {
                ops.add(op("add", child, n.get(name)));
            } else {
                value(child, a, n.get(name), free || name.startsWith("x-"), ops);
            }
        }
        for (String name : readd) {
            ops.add(op("add", JsonPointers.child(path, name), n.get(name)));
        }
    }

    /** Equal values with members in the same order, at every depth. */
    static boolean identical(JsonNode a, JsonNode b) {
        if (!a.equals(b)) {
            return false;
        }
        if (a.isObject()) {
            Iterator<String> x = a.fieldNames();
            Iterator<String> y = b.fieldNames();
            while (x.hasNext()) {
                String name = x.next();
                if (!name.equals(y.next()) || !identical(a.get(name), b.get(name))) {
                    return false;
                }
            }
        } else if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!identical(a.get(i), b.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An operation; {@code value} (copied) is left out when {@code null}. */
    static ObjectNode op(String name, String path, JsonNode value) {
        ObjectNode op = NODES.objectNode();
        op.put("op", name);
        op.put("path", path);
        if (value != null) {
            op.set("value", value.deepCopy());
        }
        return op;
    }

    /** A {@code move} operation. */
    static ObjectNode move(String from, String path) {
        ObjectNode op = NODES.objectNode();
        op.put("op", "move");
        op.put("from", from);
        op.put("path", path);
        return op;
    }
}
