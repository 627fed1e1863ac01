package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link CharDictionary}: one id per distinct text, in first-seen order, looked up by any range of a buffer. */
class CharDictionaryTest {

    @Provide
    Arbitrary<List<String>> texts() {
        // short texts over a few letters repeat often; "Aa"/"BB" and the like share a hash code
        Arbitrary<String> small = Arbitraries.strings().withChars("AaBb集").ofMaxLength(4);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(small, any).list().ofMaxSize(200);
    }

    @Property(tries = 200)
    void idsAreDenseInFirstSeenOrder(@ForAll("texts") List<String> texts) {
        CharDictionary dictionary = new CharDictionary();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String t : texts) {
            int want = expected.computeIfAbsent(t, x -> expected.size());
            // the text inside a larger buffer, with other characters on both sides
            char[] buffer = ("<<" + t + ">").toCharArray();
            assertEquals(want, dictionary.id(buffer, 2, 2 + t.length()), "id of " + t);
            assertEquals(expected.size(), dictionary.size());
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), dictionary.id(e.getKey()));
            assertEquals(e.getKey(), dictionary.get(e.getValue()));
        }
        assertEquals(expected.size(), dictionary.size());
    }

    @Test
    void textsWithTheSameHashAreDistinct() {
        CharDictionary dictionary = new CharDictionary();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        int aa = dictionary.id("Aa");
        int bb = dictionary.id("BB");
        assertNotEquals(aa, bb);
        assertEquals("Aa", dictionary.get(aa));
        assertEquals("BB", dictionary.get(bb));
        // same hash, different lengths: "" and "\0"
        assertNotEquals(dictionary.id(""), dictionary.id("\0"));
        assertEquals(4, dictionary.size());
    }

    @Test
    void manyTextsKeepTheirIds() {
        CharDictionary dictionary = new CharDictionary();
        for (int i = 0; i < 500; i++) {
            assertEquals(i, dictionary.id("P" + i));
        }
        for (int i = 499; i >= 0; i--) {
            assertEquals(i, dictionary.id("P" + i));
            assertEquals("P" + i, dictionary.get(i));
        }
        assertEquals(500, dictionary.size());
    }
}
