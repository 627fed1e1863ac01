package org.talentcatalog.model.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * Writes an RFC 6902 JSON Patch (add, remove, replace only) from an older canonical catalog tree to a
 * newer one, given the pairing of positions.
 *
 * <p>Positions: removed ones, and paired ones that fall outside the longest run kept in the same
 * relative order, are removed from the highest index down; then added ones, and those moved ones,
 * are added from the lowest newer index up, each index valid when its operation applies; then the
 * paired positions left in place get their member changes at their newer indices. Members: objects
 * are compared member by member, other values replaced whole. Where member order survives canonical
 * formatting ({@code x-} members, and everything inside an extension value), members whose order
 * would come out wrong are removed and added again in the newer order, since {@code add} puts a new
 * member last.
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
        boolean[] stays = stayingInPlace(pairing);
        for (int i = pairing.olderSize() - 1; i >= 0; i--) {
            if (pairing.newerOf(i) < 0 || !stays[i]) {
                ops.add(op("remove", "/positions/" + i, null));
            }
        }
        for (int j = 0; j < pairing.newerSize(); j++) {
            int i = pairing.olderOf(j);
            if (i < 0 || !stays[i]) {
                ops.add(op("add", "/positions/" + j, np.get(j)));
            }
        }
        for (int j = 0; j < pairing.newerSize(); j++) {
            int i = pairing.olderOf(j);
            if (i >= 0 && stays[i]) {
                value("/positions/" + j, op.get(i), np.get(j), false, ops);
            }
        }
    }

    /** Marks the paired older positions of a longest subsequence whose newer indices increase (O(n log n)). */
    private static boolean[] stayingInPlace(Pairing pairing) {
        int n = pairing.olderSize();
        List<Integer> olderIdx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pairing.newerOf(i) >= 0) {
                olderIdx.add(i);
            }
        }
        int m = olderIdx.size();
        int[] tails = new int[m];
        int[] prev = new int[m];
        int len = 0;
        for (int k = 0; k < m; k++) {
            int v = pairing.newerOf(olderIdx.get(k));
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairing.newerOf(olderIdx.get(tails[mid])) < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            len = Math.max(len, lo + 1);
        }
        boolean[] stays = new boolean[n];
        for (int k = len > 0 ? tails[len - 1] : -1; k >= 0; k = prev[k]) {
            stays[olderIdx.get(k)] = true;
        }
        return stays;
    }

    private static void value(String path, JsonNode o, JsonNode n, boolean free, ArrayNode ops) {
        if (identical(o, n)) {
            return;
        }
        if (o.isObject() && n.isObject()) {
            object(path, o, n, free, null, ops);
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

    private static ObjectNode op(String name, String path, JsonNode value) {
        ObjectNode op = NODES.objectNode();
        op.put("op", name);
        op.put("path", path);
        if (value != null) {
            op.set("value", value.deepCopy());
        }
        return op;
    }
}
