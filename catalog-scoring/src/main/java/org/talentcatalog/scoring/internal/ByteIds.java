package org.talentcatalog.scoring.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An open-addressing table from byte strings (ranges of a buffer) to {@code int} values: the cache
 * in front of a {@link CharDictionary} that lets the byte reader look up a cell without decoding it.
 * A key of up to eight bytes (most ids) is also kept packed in a {@code long}, so looking it up is one
 * load, a hash of that word and one comparison; longer keys are copied into one growing array. Not
 * thread-safe.
 */
public final class ByteIds {

    /** What {@link #get} returns for a key not in the table. */
    public static final int MISSING = Integer.MIN_VALUE;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] arena = new byte[1024];
    private int used;
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private long[] packed = new long[16];
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

    /** The first {@code min(8, to - from)} bytes of the range, little-endian, the rest zero. */
    static long pack(byte[] bytes, int from, int to) {
        int n = Math.min(8, to - from);
        if (n == 8 || from + 8 <= bytes.length) {
            long v = (long) LONGS.get(bytes, from);
            return n == 8 ? v : v & ((1L << (8 * n)) - 1);
        }
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (bytes[from + i] & 0xFF);
        }
        return v;
    }

    /** The hash {@link #get} and {@link #put} use for {@code bytes[from, to)} whose first bytes pack to {@code word}. */
    private static int hash(long word, byte[] bytes, int from, int to) {
        long h = word + (to - from);
        for (int i = from + 8; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    /** The value of {@code bytes[from, to)}, or {@link #MISSING}. */
    public int get(byte[] bytes, int from, int to) {
        if (from == to) {
            return get(bytes, from, to, 0L);
        }
        return get(bytes, from, to, pack(bytes, from, to));
    }

    private int get(byte[] bytes, int from, int to, long word) {
        int h = hash(word, bytes, from, to);
        int n = to - from;
        int mask = slots.length - 1;
        for (int s = h & mask;; s = (s + 1) & mask) {
            int k = slots[s];
            if (k < 0) {
                return MISSING;
            }
            if (hashes[k] == h && packed[k] == word && lengths[k] == n && (n <= 8 || same(offsets[k], bytes, from, to))) {
                return values[k];
            }
        }
    }

    /** Whether the key at {@code offset} has the bytes of {@code bytes[from, to)}. */
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
            packed = Arrays.copyOf(packed, m);
            hashes = Arrays.copyOf(hashes, m);
            values = Arrays.copyOf(values, m);
        }
        long word = n == 0 ? 0L : pack(bytes, from, to);
        int h = hash(word, bytes, from, to);
        offsets[size] = used;
        lengths[size] = n;
        packed[size] = word;
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
