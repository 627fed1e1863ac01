package org.talentcatalog.model.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The {@code move} and {@code add} operations that put the positions in the newer edition's order,
 * once the removed positions are gone: the paired positions of a longest subsequence whose older and
 * newer indices both increase stay where they are; every other paired position is moved once and every
 * added position is added once, so the number of moves is the least possible.
 *
 * <p>Newer indices are visited in increasing order, and each moved or added position is put directly
 * after its newer predecessor (or first). The positions placed so far and those staying are then always
 * in the newer relative order, so after the last newer index the array is the newer one, and the member
 * changes that follow apply at the newer indices. Where each operation's index is, at the moment it
 * applies, is read from a Fenwick tree over the slots a position can occupy (its older place and its
 * newer place), so the whole is O(n log n) even when every position moves (a reversed list).
 */
final class PositionMoves {

    private PositionMoves() {
    }

    /** Appends the moves and additions for {@code pairing}, whose removed positions are already removed. */
    static void write(Pairing pairing, JsonNode newerPositions, String path, ArrayNode ops) {
        int n = pairing.olderSize();
        int m = pairing.newerSize();
        boolean[] stays = stayingInPlace(pairing);
        // A group is the stretch between two consecutive staying positions (k staying positions before it).
        int kept = 0;
        int[] newerGroup = new int[m];
        for (int j = 0; j < m; j++) {
            int i = pairing.olderOf(j);
            if (i >= 0 && stays[i]) {
                kept++;
            } else {
                newerGroup[j] = kept;
            }
        }
        int[] placedCount = new int[kept + 1];
        int[] waitingCount = new int[kept + 1];
        int[] olderGroup = new int[n];
        int g = 0;
        for (int i = 0; i < n; i++) {
            if (pairing.newerOf(i) >= 0 && stays[i]) {
                g++;
            } else if (pairing.newerOf(i) >= 0) {
                olderGroup[i] = g;
                waitingCount[g]++;
            }
        }
        for (int j = 0; j < m; j++) {
            int i = pairing.olderOf(j);
            if (i < 0 || !stays[i]) {
                placedCount[newerGroup[j]]++;
            }
        }
        // Slots in array order: per group, the positions placed there (newer order), then those still
        // waiting at their older place (older order); each group ends at its staying position.
        Fenwick slots = new Fenwick(m + n);
        int[] nextPlaced = new int[kept + 1];
        int[] nextWaiting = new int[kept + 1];
        int slot = 0;
        for (int k = 0; k <= kept; k++) {
            nextPlaced[k] = slot;
            slot += placedCount[k];
            nextWaiting[k] = slot;
            slot += waitingCount[k];
            if (k < kept) {
                slots.add(slot++, 1);
            }
        }
        int[] olderSlot = new int[n];
        for (int i = 0; i < n; i++) {
            if (pairing.newerOf(i) >= 0 && !stays[i]) {
                olderSlot[i] = nextWaiting[olderGroup[i]]++;
                slots.add(olderSlot[i], 1);
            }
        }
        for (int j = 0; j < m; j++) {
            int i = pairing.olderOf(j);
            if (i >= 0 && stays[i]) {
                continue;
            }
            int target = nextPlaced[newerGroup[j]]++;
            if (i >= 0) {
                int from = slots.before(olderSlot[i]);
                slots.add(olderSlot[i], -1);
                ops.add(PatchWriter.move(path + "/" + from, path + "/" + slots.before(target)));
            } else {
                ops.add(PatchWriter.op("add", path + "/" + slots.before(target), newerPositions.get(j)));
            }
            slots.add(target, 1);
        }
    }

    /** Marks the paired older positions of a longest subsequence whose newer indices increase (O(n log n)). */
    static boolean[] stayingInPlace(Pairing pairing) {
        int n = pairing.olderSize();
        int[] olderIdx = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (pairing.newerOf(i) >= 0) {
                olderIdx[m++] = i;
            }
        }
        int[] tails = new int[m];
        int[] prev = new int[m];
        int len = 0;
        for (int k = 0; k < m; k++) {
            int v = pairing.newerOf(olderIdx[k]);
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairing.newerOf(olderIdx[tails[mid]]) < v) {
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
            stays[olderIdx[k]] = true;
        }
        return stays;
    }

    /** Counts of occupied slots, with prefix sums in O(log n). */
    private static final class Fenwick {

        private final int[] tree;

        Fenwick(int size) {
            tree = new int[size + 1];
        }

        void add(int slot, int delta) {
            for (int x = slot + 1; x < tree.length; x += x & -x) {
                tree[x] += delta;
            }
        }

        /** The number of occupied slots before {@code slot}: the array index of whatever occupies it. */
        int before(int slot) {
            int sum = 0;
            for (int x = slot; x > 0; x -= x & -x) {
                sum += tree[x];
            }
            return sum;
        }
    }
}
