package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link LongIntMap} against a {@link LinkedHashMap}: dense ids in first-seen order, through its growth. */
class LongIntMapTest {

    @Provide
    Arbitrary<List<Long>> keys() {
        // few distinct keys (repeats), keys in a narrow band (neighbouring slots), and any long
        Arbitrary<Long> key = Arbitraries.oneOf(Arbitraries.longs().between(-5, 5),
                Arbitraries.longs().between(0, 400).map(k -> k << 32),
                Arbitraries.longs().filter(k -> k != Long.MIN_VALUE));
        return key.list().ofMaxSize(300);
    }

    @Property(tries = 200)
    void idsAreDenseInFirstSeenOrder(@ForAll("keys") List<Long> keys) {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> expected = new LinkedHashMap<>();
        for (long k : keys) {
            int want = expected.computeIfAbsent(k, x -> expected.size());
            assertEquals(want, map.id(k), "id of " + k);
            assertEquals(expected.size(), map.size());
        }
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), map.id(e.getKey()), "id of " + e.getKey() + " after growing");
        }
        assertEquals(expected.size(), map.size());
        Set<Long> visited = new HashSet<>();
        List<Long> all = new ArrayList<>();
        map.forEachKey(all::add);
        visited.addAll(all);
        assertEquals(expected.size(), all.size(), "each key once");
        assertEquals(expected.keySet(), visited);
    }

    @Test
    void aThousandKeysKeepTheirIds() {
        LongIntMap map = new LongIntMap();
        for (long k = 0; k < 1000; k++) {
            assertEquals((int) k, map.id(k * 64));
        }
        for (long k = 999; k >= 0; k--) {
            assertEquals((int) k, map.id(k * 64));
        }
        assertEquals(1000, map.size());
        assertEquals(0, map.id(0));
        assertEquals(1000, map.id(-1));
    }
}
