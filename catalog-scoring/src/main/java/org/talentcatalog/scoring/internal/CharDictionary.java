package org.talentcatalog.scoring.internal;

import java.util.Arrays;

/**
 * Interns strings looked up by a range of a {@code char[]}: each distinct text gets a dense id in
 * first-seen order, and a {@code String} is made only the first time a text is seen. Not
 * thread-safe.
 */
public final class CharDictionary {

    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private int[] slots = filled(64);
    private int size;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** Number of distinct texts. */
    public int size() {
        return size;
    }

    /** The text with id {@code id}. */
    public String get(int id) {
        return keys[id];
    }

    /** The id of {@code chars[from, to)}, adding it if new. */
    public int id(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        int mask = slots.length - 1;
        for (int s = mix(h) & mask;; s = (s + 1) & mask) {
            int id = slots[s];
            if (id < 0) {
                return insert(s, new String(chars, from, to - from), h);
            }
            if (hashes[id] == h && equal(keys[id], chars, from, to)) {
                return id;
            }
        }
    }

    /** The id of {@code text}, adding it if new. */
    public int id(String text) {
        return id(text.toCharArray(), 0, text.length());
    }

    private static boolean equal(String key, char[] chars, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (key.charAt(i - from) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    private int insert(int slot, String key, int h) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        keys[size] = key;
        hashes[size] = h;
        slots[slot] = size;
        size++;
        if (size * 2 > slots.length) {
            int[] bigger = filled(slots.length * 2);
            int mask = bigger.length - 1;
            for (int id = 0; id < size; id++) {
                int s = mix(hashes[id]) & mask;
                while (bigger[s] >= 0) {
                    s = (s + 1) & mask;
                }
                bigger[s] = id;
            }
            slots = bigger;
        }
        return size - 1;
    }
}
