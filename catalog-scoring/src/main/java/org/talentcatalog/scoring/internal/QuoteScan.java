package org.talentcatalog.scoring.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The byte scans that find safe chunk boundaries in CSV (see {@link ChunkedCsv}): the parity of the
 * quote count of a range, eight bytes at a time, and the last line feed outside quotes, found
 * backwards from a known quote state.
 */
final class QuoteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private QuoteScan() {
    }

    /** Whether {@code bytes[from, to)} holds an odd number of {@code "} bytes. */
    static boolean oddQuotes(byte[] bytes, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ QUOTES;
            // the high bit of each byte of x that is zero (each quote), without carries between bytes
            long t = ((x & LOW7) + LOW7) | x;
            count += Long.bitCount(~(t | LOW7));
        }
        for (; i < to; i++) {
            if (bytes[i] == '"') {
                count++;
            }
        }
        return (count & 1) != 0;
    }

    /**
     * The index after the last line feed outside quotes in {@code bytes[from, to)}, or {@code from}
     * when there is none.
     *
     * @param quotedAtEnd whether {@code to} is inside a quoted cell
     */
    static int lastLineEnd(byte[] bytes, int from, int to, boolean quotedAtEnd) {
        boolean quoted = quotedAtEnd;
        for (int i = to - 1; i >= from; i--) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                return i + 1;
            }
        }
        return from;
    }
}
