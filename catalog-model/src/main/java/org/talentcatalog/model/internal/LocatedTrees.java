package org.talentcatalog.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.IOException;

/**
 * Reads one JSON value from a streaming parser into a tree, recording where every value starts
 * (packed {@code line << 32 | column}, see {@link LocatedTree}). A validator reads a large document one part at a time this
 * way (the catalog header, then each position), locates that part's issues, and forgets it.
 *
 * <p>Numbers are read as {@link JsonTrees} reads them (integers as the narrowest integer node,
 * others as exact decimals), so both readers give equal trees; a string or member name with a lone
 * surrogate is a {@link LoneSurrogates} error, as there. Stateless.
 */
public final class LocatedTrees {

    private LocatedTrees() {
    }

    /** Packs a line and column. */
    public static long pack(int line, int column) {
        return (long) line << 32 | (column & 0xFFFFFFFFL);
    }

    /** The line of a packed location. */
    public static int line(long packed) {
        return (int) (packed >>> 32);
    }

    /** The column of a packed location. */
    public static int column(long packed) {
        return (int) packed;
    }

    /**
     * Reads the value whose first token is the parser's current token, with the location of every
     * value inside it; afterwards the current token is the value's last token.
     */
    public static LocatedTree read(JsonParser p) throws IOException {
        Locations at = new Locations();
        JsonNode node = read(p, at);
        return new LocatedTree(node, java.util.Arrays.copyOf(at.values, at.size));
    }

    /** A growable array of packed locations in pre-order. */
    private static final class Locations {
        long[] values = new long[64];
        int size;

        void add(long packed) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = packed;
        }
    }

    private static JsonNode read(JsonParser p, Locations locations) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.add(pack(at.getLineNr(), at.getColumnNr()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = LoneSurrogates.checked(p, p.currentName());
                    p.nextToken();
                    o.set(name, read(p, locations));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, locations));
                }
                return a;
            }
            case VALUE_STRING:
                return TextNode.valueOf(LoneSurrogates.checked(p, p.getText()));
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> IntNode.valueOf(p.getIntValue());
                    case LONG -> LongNode.valueOf(p.getLongValue());
                    default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new IllegalStateException("not at the start of a value: " + t);
        }
    }
}
