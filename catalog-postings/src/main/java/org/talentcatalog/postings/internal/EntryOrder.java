package org.talentcatalog.postings.internal;

import java.util.Arrays;

/**
 * The entries of a {@link DayTable} in the order of their group, city and company numbers and day: the
 * entries of one group × city × company together, by day, which is all the de-duplication needs (the
 * order between different keys, which depends on numbering, changes nothing computed).
 *
 * <p>Fast path: each entry's four numbers packed into one {@code long} in mixed radix (groups ×
 * cities × companies × days spanned), the longs sorted as primitives, and each entry found again by
 * its numbers. When the product would not fit in 63 bits, a merge sort of entry numbers by comparing
 * the four numbers gives the same order.
 */
final class EntryOrder {

    private EntryOrder() {
    }

    /** The entries in order. */
    static int[] of(DayTable table) {
        int[] packed = packed(table);
        return packed != null ? packed : compared(table);
    }

    /** The order by packed keys, or {@code null} when the keys would not fit in a {@code long}. */
    static int[] packed(DayTable table) {
        int n = table.size();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int e = 0; e < n; e++) {
            first = Math.min(first, table.day(e));
            last = Math.max(last, table.day(e));
        }
        int[] counts = table.nameCounts();
        long cities = counts[1];
        long companies = counts[2];
        long span = n == 0 ? 1 : (long) last - first + 1;
        try {
            Math.multiplyExact(Math.multiplyExact(Math.multiplyExact((long) counts[0], cities), companies), span);
        } catch (ArithmeticException tooMany) {
            return null;
        }
        long[] keys = new long[n];
        for (int e = 0; e < n; e++) {
            keys[e] = ((table.groupNumber(e) * cities + table.cityNumber(e)) * companies + table.companyNumber(e)) * span
                    + (table.day(e) - first);
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            int d = (int) (k % span + first);
            k /= span;
            int co = (int) (k % companies);
            k /= companies;
            int c = (int) (k % cities);
            order[i] = table.entry((int) (k / cities), c, co, d);
        }
        return order;
    }

    /** The order by comparing entries' numbers. */
    static int[] compared(DayTable table) {
        int[] order = new int[table.size()];
        Arrays.setAll(order, e -> e);
        IntSort.sort(order, (a, b) -> {
            int by = Integer.compare(table.groupNumber(a), table.groupNumber(b));
            if (by == 0) {
                by = Integer.compare(table.cityNumber(a), table.cityNumber(b));
            }
            if (by == 0) {
                by = Integer.compare(table.companyNumber(a), table.companyNumber(b));
            }
            return by != 0 ? by : Integer.compare(table.day(a), table.day(b));
        });
        return order;
    }
}
