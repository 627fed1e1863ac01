package org.talentcatalog.render.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;

/**
 * A renderer that delegates to a machine format the owning module already writes ({@code toJson},
 * {@code toJsonPatch}), so that every output is found by name in one registry; the text ends with
 * exactly one line break.
 *
 * @param <T> the type of value rendered
 */
public final class MachineFormat<T> implements Renderer<T> {

    private final String name;
    private final Class<T> type;
    private final String mediaType;
    private final BiFunction<T, Locale, String> writer;

    /**
     * A renderer named {@code name} of {@code type} that writes what {@code writer} gives.
     *
     * @param writer the owning module's writer of the value in a locale
     */
    public MachineFormat(String name, Class<T> type, String mediaType, BiFunction<T, Locale, String> writer) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** A JSON tree pretty-printed (Jackson's default printer). */
    public static String pretty(JsonNode node) {
        try {
            return Pretty.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of JSON nodes always serialises
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public void render(T value, RenderContext context, Appendable out) throws IOException {
        String text = writer.apply(value, context.locale());
        out.append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
    }

    /** Pretty-printed JSON as {@code catalog diff --format json} has always written it; made on first use. */
    private static final class Pretty {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public String toString() {
        return "MachineFormat[" + type.getSimpleName() + " " + name + "]";
    }
}
