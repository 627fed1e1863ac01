package org.talentcatalog.model;

import org.talentcatalog.model.internal.Messages;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.talentcatalog.model.internal.CanonicalPrettyPrinter;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.CatalogWriter;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.model.internal.JsonProblems;
import org.talentcatalog.model.internal.JsonText;
import org.talentcatalog.model.internal.JsonTrees;

/**
 * Reads and writes catalogs in the JSON exchange format (docs/format.md).
 *
 * <p>Reading checks the structure: well-formed UTF-8 JSON within the {@link ReadLimits}, no
 * duplicate member names, the right JSON type for every member, known codes, real calendar dates,
 * and no unknown members except {@code x-…} extensions where docs/format.md allows them (catalog,
 * position, requirements), which are kept in order. A missing required member reads as
 * {@code null}: checking content is the validator's job. Every failure is a
 * {@link CatalogJsonException} with pointer, line and column.
 *
 * <p>Writing produces the canonical form: UTF-8, two-space indentation, members in docs/format.md's
 * order, extension members last in their original order, empty optional lists left out, a final
 * newline. Reading canonical JSON and writing it again gives the same bytes.
 *
 * <pre>{@code
 * Catalog catalog = CatalogJson.read(Path.of("catalog.json"));
 * String json = CatalogJson.write(catalog);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the static methods use {@link ReadLimits#defaults()}.
 */
public final class CatalogJson {

    private static final CatalogJson DEFAULT = new CatalogJson(ReadLimits.defaults());

    private final ReadLimits limits;
    private final JsonTrees trees;

    private CatalogJson(ReadLimits limits) {
        this.limits = limits;
        this.trees = new JsonTrees(limits);
    }

    /** A reader and writer with the given limits. */
    public static CatalogJson withLimits(ReadLimits limits) {
        return new CatalogJson(limits);
    }

    /** The instance with default limits. */
    public static CatalogJson standard() {
        return DEFAULT;
    }

    /** The limits this instance reads with. */
    public ReadLimits limits() {
        return limits;
    }

    /** Reads a catalog from a file with default limits. */
    public static Catalog read(Path path) {
        return DEFAULT.parse(path);
    }

    /** Reads a catalog from UTF-8 bytes with default limits. */
    public static Catalog read(byte[] utf8) {
        return DEFAULT.parse(utf8);
    }

    /** Reads a catalog from a stream (not closed) with default limits. */
    public static Catalog read(InputStream in) {
        return DEFAULT.parse(in);
    }

    /** Reads a catalog from a JSON string with default limits. */
    public static Catalog readString(String json) {
        return DEFAULT.parseText(json);
    }

    /** Reads a catalog from a file. */
    public Catalog parse(Path path) {
        return parseText(JsonText.read(path, limits).text());
    }

    /** Reads a catalog from UTF-8 bytes. */
    public Catalog parse(byte[] utf8) {
        if (utf8.length > limits.maxDocumentBytes()) {
            throw org.talentcatalog.model.internal.JsonSource.tooLarge(utf8.length, limits);
        }
        return parseText(JsonText.decode(utf8).text());
    }

    /** Reads a catalog from a stream, which is not closed. */
    public Catalog parse(InputStream in) {
        try {
            return parseText(JsonText.read(in, limits).text());
        } catch (IOException e) {
            throw JsonProblems.unreadable("read:io",
                    Messages.READ_IO.text(e.getMessage()));
        }
    }

    /** Reads a catalog from JSON text. */
    public Catalog parseText(String json) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a byte order mark is accepted, as when reading bytes
        }
        JsonNode root = trees.parse(json);
        try {
            return CatalogBinder.catalog(root);
        } catch (CatalogJsonException e) {
            throw locate(e, json);
        }
    }

    /** Binds a catalog from a JSON tree (no locations are known for errors). */
    public static Catalog fromTree(JsonNode root) {
        return CatalogBinder.catalog(root);
    }

    /** The catalog as a JSON tree (the canonical document, parsed). */
    public static JsonNode toTree(Catalog catalog) {
        return DEFAULT.trees.parse(write(catalog));
    }

    /**
     * One position as a JSON tree: the same value as its element of {@code toTree(catalog).get("positions")}
     * for any catalog holding it, without writing the rest of the catalog.
     */
    static JsonNode positionTree(Position position) {
        ObjectMapper mapper = DEFAULT.trees.mapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            new CatalogWriter(g, mapper).position(position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DEFAULT.trees.parse(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A Jackson pretty printer of the canonical layout: two-space indentation, {@code "name": value},
     * one array element per line, {@code []} and {@code {}} for empty containers, LF line ends. For
     * other JSON written next to catalogs (reports, side files) to look the same. A printer keeps
     * nesting state, so each generator needs its own.
     *
     * <pre>{@code
     * try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(writer)) {
     *     g.setPrettyPrinter(CatalogJson.canonicalPrinter());
     *     ...
     * }
     * }</pre>
     */
    public static PrettyPrinter canonicalPrinter() {
        return new CanonicalPrettyPrinter();
    }

    /** The canonical JSON of a catalog. */
    public static String write(Catalog catalog) {
        return new String(writeBytes(catalog), StandardCharsets.UTF_8);
    }

    /** The canonical JSON of a catalog as UTF-8 bytes. */
    public static byte[] writeBytes(Catalog catalog) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + catalog.positions().size() * 1024);
        write(catalog, out);
        return out.toByteArray();
    }

    /** Writes the canonical JSON of a catalog to a stream, which is flushed, not closed. */
    public static void write(Catalog catalog, OutputStream out) {
        ObjectMapper mapper = DEFAULT.trees.mapper();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new CanonicalPrettyPrinter());
            new CatalogWriter(g, mapper).catalog(catalog);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CatalogJsonException locate(CatalogJsonException e, String json) {
        String pointer = e.issue().pointer();
        if (pointer == null || e.issue().line() != null) {
            return e;
        }
        Map<String, int[]> at = JsonPointers.locate(trees.mapper(), json, Set.of(pointer));
        int[] lc = at.get(pointer);
        return lc == null ? e : e.locatedAt(JsonProblems.known(lc[0]), JsonProblems.known(lc[1]));
    }
}
