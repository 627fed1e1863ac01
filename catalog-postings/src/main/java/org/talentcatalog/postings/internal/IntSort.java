package org.talentcatalog.postings.internal;

/** A stable merge sort of {@code int}s by a comparator, without boxing. */
final class IntSort {

    /** Compares two ints. */
    interface Order {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] a, Order order) {
        int[] buffer = new int[a.length];
        int[] src = a;
        int[] dst = buffer;
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = order.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, a.length);
        }
    }
}
