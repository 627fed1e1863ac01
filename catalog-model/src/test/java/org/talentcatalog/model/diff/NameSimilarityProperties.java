package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.internal.diff.NameSimilarity;

/** The bigram Dice coefficient of rename evidence, against a direct count of common bigrams. */
class NameSimilarityProperties {

    /** Short strings over a few CJK characters, one outside the BMP, so bigrams repeat and collide. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("集", "成", "电", "路", "工", "程", "师", "\uD840\uDC0B", " ")
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property
    void diceIsTheShareOfCommonBigrams(@ForAll("names") String a, @ForAll("names") String b) {
        double expected = reference(a, b);
        assertEquals(expected, NameSimilarity.dice(a, b), () -> a + " / " + b);
        assertEquals(expected, NameSimilarity.dice(b, a), () -> b + " / " + a);
        if (!a.equals(b)) {
            assertEquals(expected, NameSimilarity.dice(NameSimilarity.bigrams(a), NameSimilarity.bigrams(b)));
            long[] x = NameSimilarity.bigrams(a);
            long[] y = NameSimilarity.bigrams(b);
            if (NameSimilarity.diceBound(x.length, y.length) < expected) {
                throw new AssertionError("bound below the coefficient: " + a + " / " + b);
            }
        }
    }

    @Example
    void knownValues() {
        assertEquals(1.0, NameSimilarity.dice("师", "师"));
        assertEquals(0.0, NameSimilarity.dice("师", "工"));
        assertEquals(2.0 * 5 / (8 + 6), NameSimilarity.dice("集成电路设计工程师", "集成电路工程师"));
    }

    /** Counts bigrams with a map, each common one as often as it occurs on both sides. */
    private static double reference(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int[] ca = a.codePoints().toArray();
        int[] cb = b.codePoints().toArray();
        if (ca.length < 2 || cb.length < 2) {
            return 0.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < ca.length; i++) {
            counts.merge(ca[i] + "," + ca[i + 1], 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < cb.length; i++) {
            String k = cb[i] + "," + cb[i + 1];
            if (counts.getOrDefault(k, 0) > 0) {
                common++;
                counts.merge(k, -1, Integer::sum);
            }
        }
        return 2.0 * common / ((ca.length - 1) + (cb.length - 1));
    }
}
