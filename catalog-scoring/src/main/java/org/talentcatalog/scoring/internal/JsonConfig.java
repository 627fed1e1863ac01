package org.talentcatalog.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringMethods;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.spi.MethodConfig;
import org.talentcatalog.scoring.spi.ScoringMethodProvider;

/**
 * One JSON object of the scoring configuration with located, typed accessors that remember which
 * members were read: the {@link MethodConfig} given to providers, and the configuration's top level.
 */
public final class JsonConfig implements MethodConfig {

    private final JsonNode node;
    private final String path;
    private final String method;
    private final ScoringMethods methods;
    private final Set<String> known = new LinkedHashSet<>();
    private final List<JsonConfig> opened = new ArrayList<>();

    private JsonConfig(JsonNode node, String path, String method, ScoringMethods methods) {
        if (node == null || !node.isObject()) {
            throw ScoringException.config(path, Messages.CONFIG_MUST_BE_OBJECT.text());
        }
        this.node = node;
        this.path = path;
        this.method = method;
        this.methods = methods;
    }

    /** The configuration's top level, {@code $}. */
    static JsonConfig root(JsonNode node, ScoringMethods methods) {
        return new JsonConfig(node, "$", "", methods);
    }

    /**
     * Builds the method a JSON object selects: looks up its {@code method} in the registry, lets the
     * provider read the object and rejects members it did not read.
     *
     * @param stage the stage interface
     * @param node the object (or whatever the configuration holds there)
     * @param path its path, e.g. {@code $.weighting}
     * @param methods the registry
     * @return the method
     * @throws ScoringException for an unknown method or a bad member
     */
    public static <T> T method(Class<T> stage, JsonNode node, String path, ScoringMethods methods) {
        JsonConfig config = new JsonConfig(node, path, "", methods);
        String name = config.requiredText("method").toUpperCase(Locale.ROOT);
        ScoringMethodProvider<T> provider = methods.find(stage, name).orElseThrow(() -> {
            String allowed = String.join(", ", methods.names(stage));
            return ScoringException.config(path + ".method", Messages.CONFIG_UNKNOWN_METHOD.text(name, allowed));
        });
        JsonConfig view = new JsonConfig(node, path, name, methods);
        view.known.add("method");
        T value = provider.create(view);
        if (!stage.isInstance(value)) {
            throw new IllegalStateException(provider.getClass().getName() + " created " + value + " for " + name
                    + ", not a " + stage.getSimpleName());
        }
        view.rejectUnread();
        return value;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public void declare(String... members) {
        known.addAll(List.of(members));
        rejectUnread();
    }

    /** Rejects the first member of this object, or of an object opened from it, that was neither read nor declared. */
    void rejectUnread() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                String allowed = String.join(", ", known);
                throw ScoringException.config(at(name), Messages.CONFIG_UNKNOWN_MEMBER.text(name, allowed));
            }
        }
        opened.forEach(JsonConfig::rejectUnread);
    }

    @Override
    public boolean has(String member) {
        return present(member) && !node.get(member).isNull();
    }

    /** Whether the member is present, also with the value {@code null}; makes it known. */
    boolean present(String member) {
        known.add(member);
        return node.has(member);
    }

    /** The member's value as it is (possibly a JSON {@code null}), or {@code null} when absent. */
    JsonNode get(String member) {
        known.add(member);
        return node.get(member);
    }

    /** The member's value, which must be present and not {@code null}. */
    JsonNode required(String member) {
        known.add(member);
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            throw ScoringException.config(at(member), Messages.CONFIG_MISSING_MEMBER.text(member));
        }
        return v;
    }

    @Override
    public double number(String member, double defaultValue) {
        return present(member) ? number(node.get(member), at(member)) : defaultValue;
    }

    @Override
    public double requiredNumber(String member) {
        return number(required(member), at(member));
    }

    @Override
    public OptionalDouble optionalNumber(String member) {
        return present(member) ? OptionalDouble.of(number(node.get(member), at(member))) : OptionalDouble.empty();
    }

    @Override
    public int integer(String member, int defaultValue, int min) {
        return present(member) ? integer(node.get(member), at(member), min) : defaultValue;
    }

    /**
     * An integer from {@code min} to {@code max} that must be present; anything else is an error
     * naming the member, the value and the range.
     */
    int requiredIntegerIn(String member, int min, int max) {
        JsonNode v = required(member);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw ScoringException.config(at(member), Messages.CONFIG_INTEGER_RANGE.text(member, min, max,
                    v.isValueNode() ? v.asText() : v.toString()));
        }
        return v.asInt();
    }

    /** A 64-bit integer, or {@code defaultValue} when absent. */
    long longValue(String member, long defaultValue) {
        if (!present(member)) {
            return defaultValue;
        }
        JsonNode v = node.get(member);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ScoringException.config(at(member), Messages.CONFIG_MUST_BE_INTEGER.text());
        }
        return v.asLong();
    }

    @Override
    public String text(String member, String defaultValue) {
        return present(member) ? text(node.get(member), at(member)) : defaultValue;
    }

    @Override
    public String requiredText(String member) {
        return text(required(member), at(member));
    }

    @Override
    public <E extends Enum<E>> E enumValue(String member, Class<E> type, E defaultValue) {
        return present(member) ? enumValue(type, node.get(member), at(member)) : defaultValue;
    }

    @Override
    public boolean isObject(String member) {
        return has(member) && node.get(member).isObject();
    }

    @Override
    public JsonConfig object(String member) {
        JsonConfig child = new JsonConfig(required(member), at(member), method, methods);
        opened.add(child);
        return child;
    }

    /** The elements of an array that must be present. */
    List<JsonNode> array(String member) {
        JsonNode v = required(member);
        if (!v.isArray()) {
            throw ScoringException.config(at(member), Messages.CONFIG_MUST_BE_ARRAY.text());
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /** A nested value (e.g. an element of an {@link #array}) as a view that must be a JSON object. */
    JsonConfig element(JsonNode element, String elementPath) {
        return new JsonConfig(element, elementPath, "", methods);
    }

    @Override
    public Set<String> members() {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public double[][] numberMatrix(String member) {
        JsonNode p = required(member);
        String at = at(member);
        if (!p.isArray()) {
            throw ScoringException.config(at, Messages.CONFIG_MUST_BE_MATRIX.text());
        }
        double[][] matrix = new double[p.size()][];
        for (int i = 0; i < p.size(); i++) {
            JsonNode row = p.get(i);
            if (!row.isArray()) {
                throw ScoringException.config(at + "[" + i + "]", Messages.CONFIG_MUST_BE_ARRAY.text());
            }
            matrix[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                matrix[i][j] = number(row.get(j), at + "[" + i + "][" + j + "]");
            }
        }
        return matrix;
    }

    @Override
    public Weighting weighting(String member) {
        return method(Weighting.class, required(member), at(member), methods);
    }

    @Override
    public ScoringException error(String member, String messageZh, String messageEn) {
        return ScoringException.config(at(member), messageZh, messageEn);
    }

    private String at(String member) {
        return path + "." + member;
    }

    private static String text(JsonNode v, String at) {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ScoringException.config(at, Messages.CONFIG_MUST_BE_TEXT.text());
        }
        return v.asText().strip();
    }

    private static double number(JsonNode v, String at) {
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw ScoringException.config(at, Messages.CONFIG_MUST_BE_NUMBER.text());
        }
        return v.asDouble();
    }

    private static int integer(JsonNode v, String at, int min) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min) {
            throw ScoringException.config(at, Messages.CONFIG_MUST_BE_INTEGER_AT_LEAST.text(min));
        }
        return v.asInt();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v, String at) {
        String s = text(v, at).toUpperCase(Locale.ROOT);
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
            names.append(names.length() == 0 ? "" : ", ").append(e.name());
        }
        throw ScoringException.config(at, Messages.CONFIG_INVALID_VALUE.text(s, names));
    }
}
