package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ReadLimits;

/** Finding where pointed-to values start in a text, in one streaming pass. */
class JsonPointersLocateTest {

    private static final ObjectMapper MAPPER = new JsonTrees(ReadLimits.defaults()).mapper();

    private static Map<String, String> where(String text, String... pointers) {
        Map<String, String> out = new TreeMap<>();
        JsonPointers.locate(MAPPER, text, Set.of(pointers)).forEach((p, at) -> out.put(p, at[0] + ":" + at[1]));
        return out;
    }

    @Test
    void everyPointerFoundIsPlacedAndTheOthersAreLeftOut() {
        String text = "{\n  \"a/b\": [10,\n    {\"~\": true}],\n  \"c\": {\"d\": null}\n}";
        assertEquals(Map.of("", "1:1", "/a~1b", "2:10", "/a~1b/0", "2:11", "/a~1b/1", "3:5", "/a~1b/1/~0", "3:11", "/c/d", "4:14"),
                where(text, "", "/a~1b", "/a~1b/0", "/a~1b/1", "/a~1b/1/~0", "/c/d", "/c/e", "/a~1b/2", "/zz"));
    }

    @Test
    void theSearchStopsWhenAllAreFoundSoTextAfterThemIsNotRead() {
        assertEquals(Map.of("/a", "1:7"), where("{\"a\": 1, \"b\": ]", "/a"), "the broken rest is never reached");
        assertEquals(Map.of("/a", "1:7"), where("{\"a\": 1, \"b\": ]", "/a", "/b"), "a parse failure ends the search");
    }

    @Test
    void anEndlessTextIsReadOnlyAsFarAsTheLastPointer() {
        java.io.Reader endless = new java.io.Reader() {
            private final char[] head = "{\"a\": [1, {\"b\": 2}, ".toCharArray();
            private int reads;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (++reads > 1000) {
                    throw new IllegalStateException("read on past the last pointer");
                }
                if (reads == 1) {
                    System.arraycopy(head, 0, buffer, offset, head.length);
                    return head.length;
                }
                int n = Math.min(length, 64) / 2 * 2;
                for (int i = 0; i < n; i += 2) {
                    buffer[offset + i] = '0';
                    buffer[offset + i + 1] = ',';
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        Map<String, int[]> found = JsonPointers.locate(MAPPER, endless, Set.of("/a/1/b", "/a"));
        assertEquals("1:17", found.get("/a/1/b")[0] + ":" + found.get("/a/1/b")[1]);
        assertEquals(2, found.size());
    }

    @Test
    void noPointersReadNothingAndCloseTheText() {
        boolean[] closed = {false};
        StringReader text = new StringReader("{\"a\": 1}") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        assertTrue(JsonPointers.locate(MAPPER, text, Set.of()).isEmpty());
        assertTrue(closed[0]);
    }
}
