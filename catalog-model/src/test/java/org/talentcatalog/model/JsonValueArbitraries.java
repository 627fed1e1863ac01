package org.talentcatalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of arbitrary JSON values and of texts, shared by {@link CatalogArbitraries}.
 *
 * <p>Numbers are generated as the node types the reader produces for their text, so that a value
 * survives writing and reading with {@code equals}: {@code int} range → {@link IntNode}, beyond it
 * {@link LongNode}, beyond {@code long} {@link BigIntegerNode}; fractions and exponents →
 * {@link DecimalNode} with the exact digits (trailing zeros kept). Texts are non-blank in docs/format.md's
 * sense and mix ASCII, Chinese, characters outside the BMP (emoji), JSON escapes and inner spaces.
 */
public final class JsonValueArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonValueArbitraries() {
    }

    /** One code point of a text: mostly Chinese and ASCII letters, some spaces, escapes and emoji. */
    static Arbitrary<Integer> codePoint() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x4E00, 0x9FA5)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x3000, 0x00A0, 0x3001, 0xFF0C, 0x300A, 0x300B, 0x3014, 0x3015)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((int) '"', (int) '\\', (int) '/', (int) '\n', (int) '\t', 0x01, 0x2028, 0x7F)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x1F600, 0x1F680, 0x20BB7, 0x1F1E8, 0x2A6D6)));
    }

    /** A non-blank text of 1 to {@code maxCodePoints} code points (at most 40 unless asked for more). */
    public static Arbitrary<String> text(int maxCodePoints) {
        int max = Math.max(1, Math.min(maxCodePoints, 40));
        Arbitrary<String> any = codePoint().list().ofMinSize(0).ofMaxSize(max - 1)
                .map(JsonValueArbitraries::fromCodePoints);
        Arbitrary<String> head = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x4E00, 0x9FA5)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x21, 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x1F600, 0x20BB7))).map(Character::toString);
        Arbitrary<String> usual = Combinators.combine(head, any, Arbitraries.integers().between(0, 1))
                .as((h, rest, where) -> where == 0 ? h + rest : rest + h);
        if (maxCodePoints <= 40) {
            return usual;
        }
        // Now and then a text of exactly the largest allowed length, made of characters outside the BMP
        // on one side so that UTF-16 length and code-point length differ.
        String longest = "岗".repeat(maxCodePoints - 1) + "😀";
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(maxCodePoints > 200 ? 6 : 30, usual),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(longest)));
    }

    static String fromCodePoints(List<Integer> cps) {
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Any JSON string, blank and empty included (extension values and member names are free). */
    public static Arbitrary<String> anyString() {
        return codePoint().list().ofMaxSize(12).map(JsonValueArbitraries::fromCodePoints);
    }

    /** Numbers as the reader produces them, from small ints to 40-digit integers and exact decimals. */
    public static Arbitrary<JsonNode> number() {
        Arbitrary<JsonNode> ints = Arbitraries.integers().map(IntNode::valueOf);
        Arbitrary<JsonNode> longs = Arbitraries.longs()
                .filter(l -> l < Integer.MIN_VALUE || l > Integer.MAX_VALUE).map(LongNode::valueOf);
        Arbitrary<JsonNode> bigs = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                .filter(b -> b.bitLength() > 63).map(BigIntegerNode::valueOf);
        Arbitrary<JsonNode> decimals = Combinators.combine(
                        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                        Arbitraries.integers().between(-20, 40))
                .as((unscaled, scale) -> new BigDecimal(unscaled, scale == 0 ? 1 : scale))
                .map(NODES::numberNode);
        return Arbitraries.oneOf(ints, longs, bigs, decimals,
                Arbitraries.of(new BigDecimal("0.10"), new BigDecimal("1E+3"), new BigDecimal("-0.0"),
                        new BigDecimal("123456789012345678901234567890.000000001")).map(NODES::numberNode));
    }

    /** Any JSON value, nested up to {@code depth} levels of arrays and objects. */
    public static Arbitrary<JsonNode> value(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.just(NullNode.getInstance()),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE),
                number(),
                anyString().map(TextNode::valueOf));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<JsonNode> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).map(items -> {
            ArrayNode a = NODES.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(anyString(), Arbitraries.lazy(() -> value(depth - 1)))
                .ofMaxSize(4).map(m -> {
                    ObjectNode o = NODES.objectNode();
                    m.forEach(o::set);
                    return o;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, scalar), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, object));
    }

    /** An extension member name: {@code x-} and at least one character (any, even {@code /} or {@code ~}). */
    public static Arbitrary<String> extensionName() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("vendor", "供应商", "a/b~c", "x-", " ", "😀", "1"))
                .map(s -> "x-" + s);
    }

    /** Zero to four extension members with arbitrary JSON values (null included), in generated order. */
    public static Arbitrary<Extensions> extensions() {
        return Arbitraries.maps(extensionName(), value(3)).ofMaxSize(4)
                .map(m -> Extensions.of(new LinkedHashMap<String, JsonNode>(m)));
    }

    /** One to four extension members. */
    public static Arbitrary<Extensions> someExtensions() {
        return Arbitraries.maps(extensionName(), value(3)).ofMinSize(1).ofMaxSize(4)
                .map(m -> Extensions.of((Map<String, JsonNode>) new LinkedHashMap<>(m)));
    }
}
