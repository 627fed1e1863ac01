package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.talentcatalog.model.JsonValueArbitraries;

/**
 * {@link LocatedTrees} and {@link LocatedTree} against the streaming search of {@link JsonPointers#locate}:
 * the two find every value at the same line and column, in compact and in indented text, and agree on
 * what is absent.
 */
class LocatedTreeProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Provide
    Arbitrary<JsonNode> values() {
        return JsonValueArbitraries.value(4);
    }

    @Property(tries = 200)
    void everyValueIsLocatedWhereTheStreamingSearchFindsIt(@ForAll("values") JsonNode value, @ForAll boolean indent)
            throws IOException {
        String text = (indent ? INDENTED : MAPPER).writeValueAsString(value);
        LocatedTree tree = read(text);
        assertEquals(value, tree.node());
        Map<String, JsonNode> pointers = new LinkedHashMap<>();
        collect("", value, pointers);
        assertEquals(pointers.size(), tree.at().length, "one location per value");
        Map<String, int[]> expected = JsonPointers.locate(MAPPER, text, pointers.keySet());
        assertEquals(pointers.keySet(), expected.keySet());
        for (String pointer : pointers.keySet()) {
            long at = tree.locate(pointer);
            int[] lc = expected.get(pointer);
            assertEquals(lc[0] + ":" + lc[1], LocatedTrees.line(at) + ":" + LocatedTrees.column(at), pointer);
        }
    }

    @Property(tries = 200)
    void pointersToNothingAreMinusOne(@ForAll("values") JsonNode value) throws IOException {
        LocatedTree tree = read(MAPPER.writeValueAsString(value));
        Map<String, JsonNode> pointers = new LinkedHashMap<>();
        collect("", value, pointers);
        for (Map.Entry<String, JsonNode> e : pointers.entrySet()) {
            String p = e.getKey();
            JsonNode v = e.getValue();
            for (String token : new String[] {String.valueOf(v.size()), "-1", "\u0000none"}) {
                if (!v.has(token)) {
                    assertEquals(-1, tree.locate(p + "/" + token), p + " has no " + token);
                }
            }
            if (!v.isObject()) {
                assertEquals(-1, tree.locate(p + "/0" + (v.isArray() ? "x" : "")), p);
            }
        }
        assertEquals(-1, tree.locate("no-slash"));
    }

    @Example
    void escapedMemberNamesIndicesAndNestingAreFollowed() throws IOException {
        String text = "{\n  \"a/b\": [1,\n    {\"m~n\": true, \"\": null}],\n  \"k\": {\"x\": [[], \"s\"]}\n}";
        LocatedTree tree = read(text);
        assertEquals("1:1", where(tree, ""));
        assertEquals("2:10", where(tree, "/a~1b"));
        assertEquals("2:11", where(tree, "/a~1b/0"));
        assertEquals("3:5", where(tree, "/a~1b/1"));
        assertEquals("3:13", where(tree, "/a~1b/1/m~0n"));
        assertEquals("3:23", where(tree, "/a~1b/1/"));
        assertEquals("4:8", where(tree, "/k"));
        assertEquals("4:14", where(tree, "/k/x"));
        assertEquals("4:15", where(tree, "/k/x/0"));
        assertEquals("4:19", where(tree, "/k/x/1"));
        assertEquals(-1, tree.locate("/a/b"));
        assertEquals(-1, tree.locate("/a~1b/01x"));
        assertEquals(-1, tree.locate("/a~1b/9999999999"));
        assertEquals(-1, tree.locate("/a~1b/"));
        assertEquals(-1, tree.locate("/k/x/0/0"));
        assertEquals(-1, tree.locate("/k/x/1/0"));
    }

    @Example
    void theTokenAfterAReadValueIsItsLastToken() throws IOException {
        try (JsonParser p = MAPPER.createParser("[{\"a\": [1, 2]}, 3]")) {
            p.nextToken();
            p.nextToken();
            LocatedTree first = LocatedTrees.read(p);
            assertEquals(JsonToken.END_OBJECT, p.currentToken());
            assertEquals(MAPPER.readTree("{\"a\": [1, 2]}"), first.node());
            p.nextToken();
            assertEquals("1:17", where(LocatedTrees.read(p), ""));
            p.nextToken();
            assertThrows(IllegalStateException.class, () -> LocatedTrees.read(p), "END_ARRAY starts no value");
        }
    }

    @Example
    void aLocationPacksLinesAndColumnsOfAnySize() {
        for (int[] lc : new int[][] {{1, 1}, {0, -1}, {Integer.MAX_VALUE, Integer.MAX_VALUE}, {123456, 7}, {-1, 0}}) {
            long packed = LocatedTrees.pack(lc[0], lc[1]);
            assertEquals(lc[0], LocatedTrees.line(packed));
            assertEquals(lc[1], LocatedTrees.column(packed));
        }
    }

    @Example
    void aLongDocumentGrowsTheLocationsPastTheirFirstArray() throws IOException {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            text.append(i == 0 ? "" : ",\n").append(i);
        }
        LocatedTree tree = read(text.append("]").toString());
        assertEquals(1001, tree.at().length);
        assertEquals("1000:1", where(tree, "/999"));
    }

    private static String where(LocatedTree tree, String pointer) {
        long at = tree.locate(pointer);
        return LocatedTrees.line(at) + ":" + LocatedTrees.column(at);
    }

    private static LocatedTree read(String text) throws IOException {
        try (JsonParser p = MAPPER.createParser(text)) {
            p.nextToken();
            return LocatedTrees.read(p);
        }
    }

    private static void collect(String pointer, JsonNode value, Map<String, JsonNode> out) {
        out.put(pointer, value);
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(JsonPointers.child(pointer, e.getKey()), e.getValue(), out);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(JsonPointers.child(pointer, i), value.get(i), out);
            }
        }
    }
}
