package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The word-at-a-time quote parity and the backward line-end search agree with a byte-by-byte scan. */
class QuoteScanProperties {

    private static final byte[] ALPHABET = {'"', '"', '\n', ',', 'a', '\r', (byte) 0xE4, (byte) 0xA2, (byte) 0xA2, 0};

    @Property(tries = 500)
    void agreeWithAForwardScan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 90) int length) {
        Random r = new Random(seed);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = ALPHABET[r.nextInt(ALPHABET.length)];
        }
        int from = length == 0 ? 0 : r.nextInt(length + 1);
        int to = from + r.nextInt(length - from + 1);
        boolean quoted = r.nextBoolean();
        boolean state = quoted;
        int last = from;
        int quotes = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '"') {
                state = !state;
                quotes++;
            } else if (bytes[i] == '\n' && !state) {
                last = i + 1;
            }
        }
        assertEquals(quotes % 2 == 1, QuoteScan.oddQuotes(bytes, from, to));
        assertEquals(last, QuoteScan.lastLineEnd(bytes, from, to, state));
    }
}
