package org.talentcatalog.model.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations that turn one array into another (requirement lists, policies, indicators, issuers,
 * arrays inside {@code x-} values): items are {@code remove}d and {@code add}ed at their index, and an
 * item removed where another is added is changed in place ({@code replace}, or member changes for
 * objects). The items kept are a longest common subsequence; the common beginning and end are set
 * aside first in linear time, so an item added at the front of a long list is one {@code add}.
 *
 * <p>Bounds: the longest common subsequence of what remains is computed over a table of
 * {@link #CELL_LIMIT} cells at most (O(n·m) time, 4 bytes a cell); beyond that, and whenever the
 * operations would be longer than the newer array itself, the array is one {@code replace}. Items are
 * compared once each, through a key of their JSON text confirmed by {@link PatchWriter#identical}.
 */
final class ArrayEdits {

    /** The largest table of the longest common subsequence: 1,048,576 cells, such as 1,023 × 1,023 items. */
    static final long CELL_LIMIT = 1L << 20;

    private ArrayEdits() {
    }

    /** Appends the operations that turn array {@code o} at {@code path} into array {@code n}. */
    static void write(String path, JsonNode o, JsonNode n, boolean free, ArrayNode ops) {
        int[][] keys = keys(o, n);
        int[] a = keys[0];
        int[] b = keys[1];
        int start = 0;
        while (start < a.length && start < b.length && a[start] == b[start]) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        int rows = endA - start;
        int cols = endB - start;
        if ((long) (rows + 1) * (cols + 1) > CELL_LIMIT) {
            ops.add(PatchWriter.op("replace", path, n));
            return;
        }
        // lcs[i * (cols + 1) + j]: the longest common subsequence of the rests from row i and column j.
        int w = cols + 1;
        int[] lcs = new int[(rows + 1) * w];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = cols - 1; j >= 0; j--) {
                lcs[i * w + j] = a[start + i] == b[start + j] ? lcs[(i + 1) * w + j + 1] + 1
                        : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
            }
        }
        ArrayNode edits = JsonNodeFactory.instance.arrayNode();
        int at = start; // where the next item goes in the array as patched so far
        int i = 0;
        int j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && a[start + i] == b[start + j]) {
                i++;
                j++;
                at++;
            } else if (i < rows && j < cols && lcs[(i + 1) * w + j + 1] == lcs[i * w + j]) {
                PatchWriter.value(path + "/" + at, o.get(start + i), n.get(start + j), free, edits);
                i++;
                j++;
                at++;
            } else if (j == cols || (i < rows && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
                edits.add(PatchWriter.op("remove", path + "/" + at, null));
                i++;
            } else {
                edits.add(PatchWriter.op("add", path + "/" + at, n.get(start + j)));
                j++;
                at++;
            }
        }
        ObjectNode whole = PatchWriter.op("replace", path, n);
        if (edits.toString().length() > whole.toString().length()) {
            ops.add(whole);
        } else {
            ops.addAll(edits);
        }
    }

    /** Equal numbers for identical items: the items of {@code o}, then those of {@code n}. */
    private static int[][] keys(JsonNode o, JsonNode n) {
        Map<String, List<JsonNode>> byText = new HashMap<>();
        Map<JsonNode, Integer> ids = new IdentityHashMap<>();
        int[][] out = {new int[o.size()], new int[n.size()]};
        JsonNode[] arrays = {o, n};
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < arrays[s].size(); k++) {
                JsonNode item = arrays[s].get(k);
                List<JsonNode> same = byText.computeIfAbsent(item.toString(), t -> new ArrayList<>());
                JsonNode rep = null;
                for (JsonNode r : same) {
                    if (PatchWriter.identical(r, item)) {
                        rep = r;
                        break;
                    }
                }
                if (rep == null) {
                    same.add(item);
                    ids.put(item, ids.size());
                    rep = item;
                }
                out[s][k] = ids.get(rep);
            }
        }
        return out;
    }
}
