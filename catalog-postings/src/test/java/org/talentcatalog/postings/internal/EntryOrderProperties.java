package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The packed-key order of entries is the compared order: each key's entries together, by day. */
class EntryOrderProperties {

    @Property(tries = 200)
    void packedKeysOrderAsComparing(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int rows,
            @ForAll @IntRange(min = 1, max = 3_000_000) int daySpread) {
        Random r = new Random(seed);
        DayTable table = new DayTable();
        int base = r.nextInt(1_000_000) - 500_000;
        for (int i = 0; i < rows; i++) {
            String group = "G" + r.nextInt(5);
            table.add(group, group, "C" + r.nextInt(4), "Co" + r.nextInt(30), base + r.nextInt(daySpread) / (1 + r.nextInt(3)), 1,
                    DayTable.NO_DAY, r.nextLong(), Double.NaN, 0, 0);
        }
        int[] packed = EntryOrder.packed(table);
        int[] compared = EntryOrder.compared(table);
        assertArrayEquals(compared, packed);
        int[] sorted = packed.clone();
        Arrays.sort(sorted);
        for (int e = 0; e < sorted.length; e++) {
            assertTrue(sorted[e] == e, "a permutation of the entries");
        }
        for (int i = 1; i < packed.length; i++) {
            int a = packed[i - 1];
            int b = packed[i];
            boolean ordered = table.groupNumber(a) < table.groupNumber(b) || table.groupNumber(a) == table.groupNumber(b)
                    && (table.cityNumber(a) < table.cityNumber(b) || table.cityNumber(a) == table.cityNumber(b)
                    && (table.companyNumber(a) < table.companyNumber(b) || table.companyNumber(a) == table.companyNumber(b)
                    && table.day(a) < table.day(b)));
            assertTrue(ordered, "entries " + a + " and " + b + " in order");
        }
    }
}
