package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Extensions}: names, order, copies in and out, number forms and equality. */
class ExtensionsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Map<String, JsonNode> map(Object... nameValue) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], (JsonNode) nameValue[i + 1]);
        }
        return m;
    }

    @Test
    void extensionNamesAreXDashAndAtLeastOneMoreCharacter() {
        assertTrue(Extensions.isExtensionName("x-a"));
        assertTrue(Extensions.isExtensionName("x-/~"));
        assertFalse(Extensions.isExtensionName("x-"));
        assertFalse(Extensions.isExtensionName("x"));
        assertFalse(Extensions.isExtensionName("X-a"));
        assertFalse(Extensions.isExtensionName("y-ab"));
        assertFalse(Extensions.isExtensionName(null));
        assertThrows(IllegalArgumentException.class, () -> Extensions.of(map("x-", TextNode.valueOf("v"))));
        assertThrows(IllegalArgumentException.class, () -> Extensions.of(map("x-a", NullNode.getInstance(), "note", null)));
        assertThrows(IllegalArgumentException.class, () -> Extensions.none().with("name", TextNode.valueOf("v")));
    }

    @Test
    void noMembersIsTheEmptyValue() {
        assertSame(Extensions.none(), Extensions.of(null));
        assertSame(Extensions.none(), Extensions.of(Map.of()));
        assertTrue(Extensions.none().isEmpty());
        assertEquals(0, Extensions.none().size());
        assertFalse(Extensions.of(map("x-a", null)).isEmpty());
    }

    @Test
    void membersKeepTheirOrderAndWithAddsLastOrReplacesInPlace() {
        Extensions e = Extensions.of(map("x-b", IntNode.valueOf(1), "x-a", IntNode.valueOf(2)));
        assertEquals(List.of("x-b", "x-a"), List.copyOf(e.names()));
        Extensions added = e.with("x-c", TextNode.valueOf("c"));
        assertEquals(List.of("x-b", "x-a", "x-c"), List.copyOf(added.names()));
        assertEquals(3, added.size());
        assertEquals(2, e.size(), "with leaves the original as it was");
        Extensions replaced = added.with("x-b", TextNode.valueOf("new"));
        assertEquals(List.of("x-b", "x-a", "x-c"), List.copyOf(replaced.names()));
        assertEquals(TextNode.valueOf("new"), replaced.get("x-b").orElseThrow());
        List<String> visited = new ArrayList<>();
        replaced.forEach((name, value) -> visited.add(name + "=" + value));
        assertEquals(List.of("x-b=\"new\"", "x-a=2", "x-c=\"c\""), visited);
        assertTrue(replaced.get("x-z").isEmpty());
    }

    @Test
    void valuesAreCopiedInAndOut() {
        ObjectNode value = NODES.objectNode().put("k", 1);
        Extensions e = Extensions.of(map("x-o", value));
        value.put("k", 2);
        assertEquals(NODES.objectNode().put("k", 1), e.get("x-o").orElseThrow(), "a change to the input is not seen");
        ((ObjectNode) e.get("x-o").orElseThrow()).put("k", 3);
        ((ObjectNode) e.asMap().get("x-o")).put("k", 4);
        assertEquals(NODES.objectNode().put("k", 1), e.get("x-o").orElseThrow(), "a change to a copy is not seen");
        Map<String, JsonNode> out = e.asMap();
        out.put("x-new", NullNode.getInstance());
        assertEquals(1, e.size());
        assertThrows(UnsupportedOperationException.class, () -> e.names().add("x-q"));
        ObjectNode added = NODES.objectNode().put("k", 1);
        Extensions with = Extensions.none().with("x-w", added);
        added.put("k", 5);
        assertEquals(NODES.objectNode().put("k", 1), with.get("x-w").orElseThrow());
    }

    @Test
    void integersTakeTheNarrowestFormAtEveryBoundary() {
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        Object[][] cases = {
            {ShortNode.valueOf((short) 7), IntNode.valueOf(7)},
            {LongNode.valueOf(Integer.MAX_VALUE), IntNode.valueOf(Integer.MAX_VALUE)},
            {LongNode.valueOf(Integer.MIN_VALUE), IntNode.valueOf(Integer.MIN_VALUE)},
            {LongNode.valueOf(Integer.MAX_VALUE + 1L), LongNode.valueOf(Integer.MAX_VALUE + 1L)},
            {LongNode.valueOf(Integer.MIN_VALUE - 1L), LongNode.valueOf(Integer.MIN_VALUE - 1L)},
            {BigIntegerNode.valueOf(BigInteger.valueOf(Long.MAX_VALUE)), LongNode.valueOf(Long.MAX_VALUE)},
            {BigIntegerNode.valueOf(BigInteger.valueOf(Long.MIN_VALUE)), LongNode.valueOf(Long.MIN_VALUE)},
            {BigIntegerNode.valueOf(two63), BigIntegerNode.valueOf(two63)},
            {BigIntegerNode.valueOf(two63.negate().subtract(BigInteger.ONE)),
                BigIntegerNode.valueOf(two63.negate().subtract(BigInteger.ONE))},
        };
        for (Object[] c : cases) {
            JsonNode stored = Extensions.none().with("x-n", (JsonNode) c[0]).get("x-n").orElseThrow();
            assertEquals(c[1], stored, String.valueOf(c[0]));
            assertEquals(c[1].getClass(), stored.getClass(), String.valueOf(c[0]));
        }
    }

    @Test
    void fractionsBecomeExactDecimalsAndNonFiniteNumbersAreRefused() {
        assertEquals(DecimalNode.valueOf(new BigDecimal("0.1")),
                Extensions.none().with("x-f", FloatNode.valueOf(0.1f)).get("x-f").orElseThrow());
        assertEquals(DecimalNode.valueOf(new BigDecimal("0.1")),
                Extensions.none().with("x-d", DoubleNode.valueOf(0.1)).get("x-d").orElseThrow());
        assertEquals(DecimalNode.valueOf(new BigDecimal("1.50")),
                Extensions.none().with("x-e", DecimalNode.valueOf(new BigDecimal("1.50"))).get("x-e").orElseThrow());
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Extensions.none().with("x-d", DoubleNode.valueOf(d)));
            assertTrue(e.getMessage().contains(String.valueOf(d)), e.getMessage());
        }
    }

    @Test
    void numbersAreNormalizedInsideObjectsAndArraysAndNullStaysNull() {
        ArrayNode array = NODES.arrayNode().add(LongNode.valueOf(3)).add(DoubleNode.valueOf(2.5)).addNull();
        ObjectNode object = NODES.objectNode();
        object.set("n", LongNode.valueOf(4));
        object.set("a", array);
        object.set("z", null);
        JsonNode stored = Extensions.none().with("x-o", object).get("x-o").orElseThrow();
        ObjectNode expected = NODES.objectNode();
        expected.set("n", IntNode.valueOf(4));
        expected.set("a", NODES.arrayNode().add(IntNode.valueOf(3)).add(DecimalNode.valueOf(new BigDecimal("2.5"))).addNull());
        expected.set("z", NullNode.getInstance());
        assertEquals(expected, stored);
        assertEquals(IntNode.class, stored.get("a").get(0).getClass());
        assertEquals(NullNode.getInstance(), Extensions.none().with("x-null", null).get("x-null").orElseThrow());
    }

    @Test
    void equalityIsByNamesAndValuesWhateverTheOrder() {
        Extensions ab = Extensions.of(map("x-a", IntNode.valueOf(1), "x-b", TextNode.valueOf("b")));
        Map<String, JsonNode> reversed = new HashMap<>();
        reversed.put("x-b", TextNode.valueOf("b"));
        reversed.put("x-a", LongNode.valueOf(1));
        Extensions ba = Extensions.of(reversed);
        assertEquals(ab, ba);
        assertEquals(ab.hashCode(), ba.hashCode());
        assertNotEquals(ab, ab.with("x-a", IntNode.valueOf(2)));
        assertNotEquals(ab, ab.with("x-c", IntNode.valueOf(1)));
        assertNotEquals(ab, "x-a");
        assertTrue(ab.toString().contains("x-a") && ab.toString().contains("\"b\""), ab.toString());
    }
}
