package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link ByteIds} against a map of copied keys: short keys (packed in a word), long ones, empty ones,
 * keys that share a prefix or differ only in length, read from anywhere in a buffer, its end included;
 * half the lookups are of a key already put, so long keys are found again as well as added.
 */
class ByteIdsProperties {

    @Property(tries = 300)
    void actsAsAMapOfByteStrings(@ForAll long seed) {
        Random r = new Random(seed);
        ByteIds ids = new ByteIds();
        Map<String, Integer> reference = new HashMap<>();
        byte[] alphabet = {0, 'a', 'b', (byte) 0xE4, (byte) 0xFF};
        List<byte[]> seen = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            byte[] again = !seen.isEmpty() && r.nextBoolean() ? seen.get(r.nextInt(seen.size())) : null;
            int length = again != null ? again.length : r.nextInt(4) == 0 ? r.nextInt(40) : r.nextInt(5);
            byte[] buffer = new byte[length + r.nextInt(12)];
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = alphabet[r.nextInt(alphabet.length)];
            }
            int from = r.nextBoolean() ? buffer.length - length : r.nextInt(buffer.length - length + 1);
            if (again != null) {
                System.arraycopy(again, 0, buffer, from, length);
            }
            String key = HexFormat.of().formatHex(Arrays.copyOfRange(buffer, from, from + length));
            int got = ids.get(buffer, from, from + length);
            Integer expected = reference.get(key);
            assertEquals(expected == null ? ByteIds.MISSING : expected, got, key);
            if (expected == null) {
                ids.put(buffer, from, from + length, step);
                reference.put(key, step);
                seen.add(Arrays.copyOfRange(buffer, from, from + length));
            }
        }
        assertEquals(reference.size(), ids.size());
    }
}
