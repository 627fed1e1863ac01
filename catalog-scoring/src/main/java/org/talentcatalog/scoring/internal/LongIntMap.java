package org.talentcatalog.scoring.internal;

import java.util.Arrays;

/** An open-addressing map from {@code long} keys to dense {@code int} ids in insertion order. Not thread-safe. */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = filled(64);
    private int[] ids = new int[64];
    private int size;

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    /** Number of keys. */
    public int size() {
        return size;
    }

    /**
     * The id of {@code key} (≠ Long.MIN_VALUE), adding it with the next id if new.
     *
     * @return the id; a new key gets {@code size() - 1} after the call
     */
    public int id(long key) {
        int mask = keys.length - 1;
        for (int s = mix(key) & mask;; s = (s + 1) & mask) {
            long k = keys[s];
            if (k == key) {
                return ids[s];
            }
            if (k == EMPTY) {
                keys[s] = key;
                ids[s] = size++;
                if (size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = filled(oldKeys.length * 2);
        ids = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = mix(oldKeys[i]) & mask;
                while (keys[s] != EMPTY) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[i];
                ids[s] = oldIds[i];
            }
        }
    }

    /** Calls {@code action} with every key. */
    public void forEachKey(java.util.function.LongConsumer action) {
        for (long k : keys) {
            if (k != EMPTY) {
                action.accept(k);
            }
        }
    }
}
