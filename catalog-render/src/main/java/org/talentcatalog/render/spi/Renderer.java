package org.talentcatalog.render.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.talentcatalog.render.RenderContext;

/**
 * Renders values of one type in one named format: {@code markdown} and {@code text} for a
 * {@code CatalogDiff}, {@code text} and {@code json} for a {@code ValidationReport}, and so on. Names
 * are lower case ({@code [a-z0-9][a-z0-9._-]*}) and unique per type; they are what users write after
 * {@code --format}.
 *
 * <p>An extension is one public class with a public no-arg constructor, listed in
 * {@code META-INF/services/org.talentcatalog.render.spi.Renderer} (see {@code docs/extending.md}).
 * Implementations must be stateless or immutable: one instance renders concurrently for every caller.
 *
 * <p>A text renderer implements {@link #render(Object, RenderContext, Appendable)};
 * {@link #write(Object, RenderContext, OutputStream)} writes that text as UTF-8 bytes. A binary
 * renderer (a PDF, say) overrides {@code write}, gives a media type without a charset, and throws
 * {@link UnsupportedOperationException} from {@code render}. (Two names, not two overloads: a
 * {@code PrintStream} such as {@code System.out} is both an {@code Appendable} and an
 * {@code OutputStream}.)
 *
 * @param <T> the type of value rendered
 */
public interface Renderer<T> {

    /** The format's name, as users write it: {@code markdown}, {@code text}, {@code json}. */
    String name();

    /** The type of value this renderer renders; a registry finds it by this exact class. */
    Class<T> type();

    /** The IANA media type of the output, with its charset for text: {@code text/markdown; charset=UTF-8}. */
    String mediaType();

    /**
     * Writes the rendering of {@code value} to {@code out}; text ends with a line break.
     *
     * @throws IOException when {@code out} fails
     */
    void render(T value, RenderContext context, Appendable out) throws IOException;

    /**
     * Writes the rendering to a byte stream, leaving the stream open: by default the text as UTF-8.
     *
     * @throws IOException when {@code out} fails
     */
    default void write(T value, RenderContext context, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        render(value, context, writer);
        writer.flush();
    }

    /** The rendering as a string. */
    default String render(T value, RenderContext context) {
        StringBuilder sb = new StringBuilder();
        try {
            render(value, context, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail; a renderer's own failure passes through
        }
        return sb.toString();
    }
}
