package org.talentcatalog.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Extensions;

/**
 * Typed access to the members of one JSON object during binding. Every accessor checks the type of
 * the member and throws a {@link CatalogJsonException} at the member's pointer when it is wrong; an
 * absent member gives {@code null} (or an empty list). {@link #finish} rejects unknown members.
 */
final class JsonObjectReader {

    private final JsonNode node;
    private final String pointer;
    private final Lenience lenience;
    private final Set<String> seen = new HashSet<>();

    private JsonObjectReader(JsonNode node, String pointer, Lenience lenience) {
        this.node = node;
        this.pointer = pointer;
        this.lenience = lenience;
    }

    /**
     * Reads {@code node} as an object, or fails at {@code pointer}.
     *
     * @param lenience where problems go instead of being thrown, or {@code null} to throw
     */
    static JsonObjectReader of(JsonNode node, String pointer, Lenience lenience) {
        if (!node.isObject()) {
            throw wrongType(pointer, node, Messages.BIND_TYPE_OBJECT);
        }
        return new JsonObjectReader(node, pointer, lenience);
    }

    /**
     * Binds a nested object with {@code binder}; in lenient mode a failure is recorded and gives
     * {@code null}.
     */
    <T> T nested(JsonNode value, String at, BiFunction<JsonObjectReader, String, T> binder) {
        return guard(() -> binder.apply(of(value, at, lenience), at));
    }

    /** Runs {@code read}; in lenient mode a binding problem is recorded and gives {@code null}. */
    private <T> T guard(java.util.function.Supplier<T> read) {
        if (lenience == null) {
            return read.get();
        }
        try {
            return read.get();
        } catch (CatalogJsonException e) {
            lenience.record(e);
            return null;
        }
    }

    String pointer() {
        return pointer;
    }

    String at(String member) {
        return JsonPointers.child(pointer, member);
    }

    /** The member's node, or {@code null} when absent. */
    JsonNode member(String name) {
        seen.add(name);
        return node.get(name);
    }

    String string(String name) {
        return guard(() -> stringStrict(name));
    }

    private String stringStrict(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrongType(at(name), v, Messages.BIND_TYPE_STRING);
        }
        return v.textValue();
    }

    Integer integer(String name) {
        return guard(() -> integerStrict(name));
    }

    private Integer integerStrict(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw wrongType(at(name), v, Messages.BIND_TYPE_INTEGER);
        }
        if (!v.canConvertToInt()) {
            throw JsonProblems.bind("range", at(name), Messages.BIND_INTEGER_RANGE.text(v.asText()));
        }
        return v.intValue();
    }

    Double number(String name) {
        return guard(() -> numberStrict(name));
    }

    private Double numberStrict(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrongType(at(name), v, Messages.BIND_TYPE_NUMBER);
        }
        return v.doubleValue();
    }

    BigDecimal decimal(String name) {
        return guard(() -> decimalStrict(name));
    }

    private BigDecimal decimalStrict(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrongType(at(name), v, Messages.BIND_TYPE_NUMBER);
        }
        return v.decimalValue();
    }

    LocalDate date(String name) {
        return guard(() -> dateStrict(name));
    }

    private LocalDate dateStrict(String name) {
        String s = stringStrict(name);
        if (s == null) {
            return null;
        }
        try {
            if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("shape", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw JsonProblems.bind("date", at(name), Messages.BIND_DATE.text(s));
        }
    }

    <E extends Enum<E>> E code(String name, Class<E> type) {
        return guard(() -> {
            String s = stringStrict(name);
            return s == null ? null : Codes.parse(type, s, at(name));
        });
    }

    /** A nested object bound by {@code binder}, or {@code null} when absent. */
    <T> T object(String name, BiFunction<JsonObjectReader, String, T> binder) {
        JsonNode v = member(name);
        return v == null ? null : nested(v, at(name), binder);
    }

    /**
     * An array whose items are bound by {@code item} (node, pointer); empty when absent. In lenient
     * mode an item that fails is recorded and skipped.
     */
    <T> List<T> array(String name, BiFunction<JsonNode, String, T> item) {
        JsonNode v = member(name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            List<T> none = guard(() -> {
                throw wrongType(at(name), v, Messages.BIND_TYPE_ARRAY);
            });
            return none == null ? List.of() : none;
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            String p = JsonPointers.child(at(name), i);
            T bound = guard(() -> item.apply(element, p));
            if (bound != null) {
                out.add(bound);
            }
        }
        return out;
    }

    /** An array of objects, each bound by {@code binder}. */
    <T> List<T> objects(String name, BiFunction<JsonObjectReader, String, T> binder) {
        return array(name, (n, p) -> binder.apply(of(n, p, lenience), p));
    }

    List<String> strings(String name) {
        return array(name, JsonObjectReader::stringItem);
    }

    <E extends Enum<E>> List<E> codes(String name, Class<E> type) {
        return array(name, (n, p) -> Codes.parse(type, stringItem(n, p), p));
    }

    /** The members of a nested object as an ordered map of name → node; empty when absent. */
    Map<String, JsonNode> map(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            Map<String, JsonNode> none = guard(() -> {
                throw wrongType(at(name), v, Messages.BIND_TYPE_OBJECT);
            });
            return none == null ? Map.of() : none;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static String stringItem(JsonNode n, String pointer) {
        if (!n.isTextual()) {
            throw wrongType(pointer, n, Messages.BIND_TYPE_STRING);
        }
        return n.textValue();
    }

    /**
     * Rejects members not read so far; collects {@code x-} members when extensions are allowed here.
     *
     * @return the extension members, {@link Extensions#none()} when there are none
     */
    Extensions finish(boolean extensionsAllowed) {
        LinkedHashMap<String, JsonNode> ext = null;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (seen.contains(name)) {
                continue;
            }
            if (extensionsAllowed && Extensions.isExtensionName(name)) {
                if (ext == null) {
                    ext = new LinkedHashMap<>();
                }
                ext.put(name, node.get(name));
                continue;
            }
            CatalogJsonException unknown = JsonProblems.bind("unknownMember", at(name),
                    (extensionsAllowed ? Messages.BIND_UNKNOWN_MEMBER : Messages.BIND_UNKNOWN_MEMBER_NO_EXTENSIONS).text(name));
            if (lenience == null) {
                throw unknown;
            }
            lenience.record(unknown);
        }
        return ext == null ? Extensions.none() : Extensions.of(ext);
    }

    static CatalogJsonException wrongType(String pointer, JsonNode actual, Messages expected) {
        return JsonProblems.bind("type", pointer, Messages.BIND_WRONG_TYPE.text(expected.text(), type(actual)));
    }

    /** The name of a JSON value's type in a message. */
    private static Object type(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> Messages.BIND_TYPE_STRING.text();
            case NUMBER -> Messages.BIND_TYPE_NUMBER.text();
            case BOOLEAN -> Messages.BIND_TYPE_BOOLEAN.text();
            case NULL -> "null";
            case ARRAY -> Messages.BIND_TYPE_ARRAY.text();
            case OBJECT -> Messages.BIND_TYPE_OBJECT.text();
            default -> n.getNodeType().toString();
        };
    }

    /** Enumeration codes: exact, case-sensitive names; an unknown code lists the allowed ones. */
    static final class Codes {

        private Codes() {
        }

        static <E extends Enum<E>> E parse(Class<E> type, String code, String pointer) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(code)) {
                    return e;
                }
            }
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw JsonProblems.bind("code", pointer, Messages.BIND_UNKNOWN_CODE.text(code, allowed));
        }
    }
}
