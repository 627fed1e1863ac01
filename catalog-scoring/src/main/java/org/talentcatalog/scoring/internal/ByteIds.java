package org.talentcatalog.scoring.internal;

import java.util.Arrays;

/**
 * An open-addressing table from byte strings (ranges of a buffer) to {@code int} values: the cache
 * in front of a {@link CharDictionary} that lets the byte reader look up a cell without decoding it.
 * Keys are copied into one growing array. Not thread-safe.
 */
public final class ByteIds {

    /** What {@link #get} returns for a key not in the table. */
    public static final int MISSING = Integer.MIN_VALUE;

    private byte[] arena = new byte[1024];
    private int used;
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int[] hashes = new int[16];
    private int[] values = new int[16];
    private int[] slots = filled(64);
    private int size;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** Number of keys. */
    public int size() {
        return size;
    }

    /** The hash {@link #get} and {@link #put} use for {@code bytes[from, to)}. */
    public static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    /** The value of {@code bytes[from, to)}, or {@link #MISSING}. */
    public int get(byte[] bytes, int from, int to) {
        int h = hash(bytes, from, to);
        int mask = slots.length - 1;
        for (int s = h & mask;; s = (s + 1) & mask) {
            int k = slots[s];
            if (k < 0) {
                return MISSING;
            }
            if (hashes[k] == h && lengths[k] == to - from && same(offsets[k], bytes, from, to)) {
                return values[k];
            }
        }
    }

    /** Whether the key at {@code offset} has the bytes of {@code bytes[from, to)} (a plain loop: keys are short). */
    private boolean same(int offset, byte[] bytes, int from, int to) {
        byte[] a = arena;
        for (int i = from, j = offset; i < to; i++, j++) {
            if (a[j] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Maps {@code bytes[from, to)} (not yet in the table) to {@code value}. */
    public void put(byte[] bytes, int from, int to, int value) {
        int n = to - from;
        if (used + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(used + n, arena.length * 2));
        }
        System.arraycopy(bytes, from, arena, used, n);
        if (size == offsets.length) {
            int m = size * 2;
            offsets = Arrays.copyOf(offsets, m);
            lengths = Arrays.copyOf(lengths, m);
            hashes = Arrays.copyOf(hashes, m);
            values = Arrays.copyOf(values, m);
        }
        int h = hash(bytes, from, to);
        offsets[size] = used;
        lengths[size] = n;
        hashes[size] = h;
        values[size] = value;
        used += n;
        place(slots, size, h);
        size++;
        if (size * 2 > slots.length) {
            int[] bigger = filled(slots.length * 2);
            for (int k = 0; k < size; k++) {
                place(bigger, k, hashes[k]);
            }
            slots = bigger;
        }
    }

    private static void place(int[] table, int key, int h) {
        int mask = table.length - 1;
        int s = h & mask;
        while (table[s] >= 0) {
            s = (s + 1) & mask;
        }
        table[s] = key;
    }
}
