package org.talentcatalog.scoring.internal;


/**
 * An open-addressing map from {@code long} keys to dense {@code int} ids in insertion order. A key
 * and its id sit side by side in one array, so a look-up touches one cache line. Not thread-safe.
 */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    /** Slot {@code s}: the key at {@code 2s}, its id at {@code 2s + 1}. */
    private long[] table = filled(64);
    private int size;

    private static long[] filled(int slots) {
        long[] a = new long[slots * 2];
        for (int i = 0; i < a.length; i += 2) {
            a[i] = EMPTY;
        }
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
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        for (int s = mix(key) & mask;; s = (s + 1) & mask) {
            long k = t[2 * s];
            if (k == key) {
                return (int) t[2 * s + 1];
            }
            if (k == EMPTY) {
                t[2 * s] = key;
                t[2 * s + 1] = size++;
                if (size * 2 > (t.length >> 1)) {
                    grow();
                }
                return size - 1;
            }
        }
    }

    /**
     * Spreads every bit of the key over the slot bits: keys whose low bits are all zero (the bits of
     * round salaries as doubles) must not crowd into a few slots.
     */
    private static int mix(long key) {
        long h = (key ^ (key >>> 32)) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    private void grow() {
        long[] old = table;
        long[] t = filled(old.length);
        int mask = (t.length >> 1) - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int s = mix(old[i]) & mask;
                while (t[2 * s] != EMPTY) {
                    s = (s + 1) & mask;
                }
                t[2 * s] = old[i];
                t[2 * s + 1] = old[i + 1];
            }
        }
        table = t;
    }

    /** Calls {@code action} with every key. */
    public void forEachKey(java.util.function.LongConsumer action) {
        long[] t = table;
        for (int i = 0; i < t.length; i += 2) {
            if (t[i] != EMPTY) {
                action.accept(t[i]);
            }
        }
    }
}
