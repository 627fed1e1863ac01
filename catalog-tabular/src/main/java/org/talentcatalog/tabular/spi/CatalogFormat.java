package org.talentcatalog.tabular.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.CatalogFormats;
import org.talentcatalog.tabular.ReadOptions;
import org.talentcatalog.tabular.WriteOptions;

/**
 * A file format a catalog is exchanged in: the built-in {@code json}, {@code csv} and {@code xlsx},
 * or one added from outside. {@link CatalogFormats} finds a format by name, by a file's content
 * ({@link #recognizes}) and by its extension; every command of the {@code catalog} tool and
 * {@code CatalogTables} read and write through it.
 *
 * <p>An extension is one public class with a public no-arg constructor, listed in
 * {@code META-INF/services/org.talentcatalog.tabular.spi.CatalogFormat} (see
 * {@code docs/extending.md}, "A new input format"). Implementations must be stateless or immutable:
 * one instance reads and writes concurrently for every caller.
 *
 * <p>Reading gives a {@link CatalogDocument}: the catalog as a JSON tree, the reader's problems, and
 * where each value came from, which a validator turns into one located report
 * ({@link CatalogDocument#of}). The built-in {@code json} format is the one exception: its document
 * is the file itself ({@link CatalogDocument#jsonFile()}), so that validating and binding a large
 * JSON file streams it instead of building a tree.
 */
public interface CatalogFormat {

    /** The format's name, lower case ({@code [a-z0-9][a-z0-9._-]*}): {@code json}, {@code csv}, {@code xlsx}. */
    String name();

    /**
     * The file name extensions, lower case and without the dot, the usual one first:
     * {@code ["xlsx"]}. A registry gives each extension to one format only.
     */
    List<String> extensions();

    /** The IANA media type of the (main) file: {@code text/csv}. */
    String mediaType();

    /**
     * Whether the file's content is in this format, told from its first bytes and, where the bytes
     * cannot tell, the file itself (a zip's entries, say). {@link FileHead#detected()} carries what
     * the built-in detection found, which a format may use. Must be quick and must not throw on any
     * content; reading the file further is allowed but bounded.
     */
    boolean recognizes(FileHead head);

    /**
     * Reads the file. Problems in the content (a cell that is no known value, a missing column, a
     * syntax error) go into the document, each located; only a file that cannot be read at all
     * throws.
     *
     * @throws IOException when the file cannot be read
     * @throws org.talentcatalog.tabular.TabularException when the content cannot be read at all (not
     *     this format after all, beyond the limits)
     */
    CatalogDocument read(Path file, ReadOptions options) throws IOException;

    /**
     * Writes the catalog to {@code file} (and to the other files of {@link #outputs}), atomically:
     * each file holds its old content or the whole new one, and a format of several files writes
     * all or none ({@link org.talentcatalog.model.io.AtomicFiles}).
     *
     * @throws IOException when a file cannot be written, preferably a
     *     {@link org.talentcatalog.model.io.FileWriteException} naming it
     */
    void write(Catalog catalog, Path file, WriteOptions options) throws IOException;

    /**
     * The files {@link #write} writes for {@code file}, {@code file} first: just {@code file} by
     * default; a CSV table and its side file for {@code csv}.
     */
    default List<Path> outputs(Path file) {
        return List.of(file);
    }
}
