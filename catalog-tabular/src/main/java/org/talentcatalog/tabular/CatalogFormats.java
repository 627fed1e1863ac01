package org.talentcatalog.tabular;

import org.talentcatalog.tabular.internal.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.spi.Registry;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.tabular.internal.ReadIssues;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/**
 * An immutable, thread-safe registry of catalog formats, found by name, by a file's content and by
 * its extension: what every command of the {@code catalog} tool and {@link CatalogTables} read and
 * write through.
 *
 * <p>{@link #standard()} holds the built-ins {@code json}, {@code csv} and {@code xlsx} followed by
 * every {@link CatalogFormat} that {@link ServiceLoader} finds through this class's loader. A program
 * adds its own with {@code CatalogFormats.standard().toBuilder().add(mine).build()}, or starts empty
 * with {@link #builder()}.
 *
 * <pre>{@code
 * CatalogFormats formats = CatalogFormats.standard();
 * CatalogDocument doc = formats.read(Path.of("export.xlsx"), ReadOptions.defaults());   // by content
 * formats.write(doc.toCatalog(), Path.of("catalog.csv"), WriteOptions.defaults());       // by extension
 * }</pre>
 *
 * <p>{@link #forFile(Path)} tells a file's format by its content, the name deciding only between
 * formats that both recognise it: (1) the format its extension names, if that format
 * {@linkplain CatalogFormat#recognizes recognises} the content; else (2) the first format, in
 * registration order, that recognises it; else (3) the file is refused with the sentence of the
 * built-in detection ({@link FileFormat}), which names what it is: a legacy {@code .xls}, an ODS, a
 * PDF, a zip that is no workbook, text that is neither JSON nor CSV, an empty file …. So a workbook
 * saved as {@code .json} is read as a workbook, and a format added for {@code .jsonl} gets its files
 * although the built-in {@code json} also sees JSON in them. (The built-in formats recognise what
 * {@link FileFormat#detect} tells, which looks at a {@code .json} or {@code .csv} name only for text
 * that is neither clearly JSON nor clearly CSV.)
 */
public final class CatalogFormats {

    private static final String LOWER_CASE = "[a-z0-9][a-z0-9._-]*";
    private static final Registry.Shape<CatalogFormat> SHAPE = Registry.Shape
            .<CatalogFormat>of(Messages.FORMAT_NOUN.text(), LOWER_CASE, CatalogFormat::name)
            .keys(Messages.FORMAT_EXTENSION_NOUN.text(), LOWER_CASE, CatalogFormat::extensions)
            .checks(CatalogFormats::check);

    private final Registry<CatalogFormat> registry;

    private CatalogFormats(Registry<CatalogFormat> registry) {
        this.registry = registry;
    }

    /**
     * The built-in formats plus every one {@link ServiceLoader} finds; loaded once, then shared.
     *
     * @throws IllegalStateException when a registered format cannot be loaded or repeats a name or an
     *     extension (every call, with the same message)
     */
    public static CatalogFormats standard() {
        return Standard.LOADED.get();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(SHAPE.builder());
    }

    /** A builder holding this registry's formats, to add more. */
    public Builder toBuilder() {
        return new Builder(registry.toBuilder());
    }

    /** Every format, in registration order (the built-ins first in the standard registry). */
    public List<CatalogFormat> all() {
        return registry.all();
    }

    /** The names of the formats, in registration order. */
    public List<String> names() {
        return registry.names();
    }

    /** The format with this name, if registered. */
    public Optional<CatalogFormat> find(String name) {
        return registry.find(name);
    }

    /**
     * The format with this name.
     *
     * @throws IllegalArgumentException when there is none; the message lists the registered names
     */
    public CatalogFormat byName(String name) {
        return find(name).orElseThrow(() -> Registry.refusal(
                Messages.FORMAT_UNKNOWN_NAME.text(name, String.join(", ", names()))));
    }

    /** The format whose extensions include the file name's (any case), if any: the format to write. */
    public Optional<CatalogFormat> forExtension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : registry.findByKey(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The format of a file, by content (see the class description).
     *
     * @throws TabularException {@code read:format} with one sentence naming what the file is when no
     *     registered format reads it
     * @throws IOException when the file cannot be read
     */
    public CatalogFormat forFile(Path file) throws IOException {
        FileHead head = FileHead.of(file);
        CatalogFormat named = forExtension(file).orElse(null);
        if (named != null && named.recognizes(head)) {
            return named;
        }
        for (CatalogFormat f : registry.all()) {
            if (f != named && f.recognizes(head)) {
                return f;
            }
        }
        FileFormat kind = head.detected();
        throw ReadIssues.refused("read:format", null, kind.supported() ? Messages.FORMAT_NO_READER.text(kind, String.join(", ", names()))
                : kind.refusal());
    }

    /**
     * Reads a file in the format {@link #forFile} tells.
     *
     * @throws TabularException when the file cannot be read at all (see {@link #read(Path, CatalogFormat, ReadOptions)})
     */
    public CatalogDocument read(Path file, ReadOptions options) {
        CatalogFormat format;
        try {
            format = forFile(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return read(file, format, options);
    }

    /**
     * Reads a file in a format {@link #forFile} told. When the file's extension names another format
     * (an {@code .xlsx} that is really a CSV export), the document's first problem is a warning
     * {@code read:extension} saying so.
     *
     * @throws TabularException when the file cannot be read at all: {@code read:io}, or the format's
     *     own refusal (not a workbook after all, beyond the limits …)
     */
    public CatalogDocument read(Path file, CatalogFormat format, ReadOptions options) {
        CatalogDocument doc;
        try {
            doc = format.read(file, options);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (forExtension(file).orElse(null) == format) {
            return doc;
        }
        Path name = file.getFileName();
        String it = format.name().toUpperCase(Locale.ROOT);
        return doc.withNote(ReadIssues.warning("read:extension", null, null, Messages.READ_EXTENSION.text(name, it)));
    }

    /**
     * Writes a catalog in the format its file's extension names ({@link #forExtension}).
     *
     * @throws IllegalArgumentException when no registered format has the extension; the message lists those that do
     * @throws IOException when a file cannot be written ({@link org.talentcatalog.model.io.FileWriteException})
     */
    public void write(Catalog catalog, Path file, WriteOptions options) throws IOException {
        CatalogFormat format = forExtension(file).orElseThrow(() -> Registry.refusal(
                Messages.FORMAT_NO_WRITER.text(file, extensions())));
        format.write(catalog, file, options);
    }

    /** Every registered extension, with its dot, in registration order: {@code [.json, .csv, .xlsx]}. */
    public List<String> extensions() {
        return registry.keys().stream().map(e -> "." + e).toList();
    }

    /** A file that cannot be read at all: {@code read:io}, located at the file. */
    static TabularException unreadable(Path file, IOException e) {
        if (e instanceof FileReadException notRegular) { // a directory, a named pipe, a device: the sentence names the file
            return ReadIssues.refused("read:io", null, notRegular.text());
        }
        return ReadIssues.refused("read:io", file.toString(), Messages.READ_IO.text(e.getMessage()));
    }

    @Override
    public String toString() {
        return registry.toString();
    }

    private static void check(CatalogFormat format) {
        if (format.mediaType() == null || format.mediaType().isBlank()) {
            throw Registry.refusal(Messages.FORMAT_NO_MEDIA_TYPE.text(format.name(), format.getClass().getName()));
        }
    }

    /** Collects formats; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final Registry.Builder<CatalogFormat> formats;

        private Builder(Registry.Builder<CatalogFormat> formats) {
            this.formats = formats;
        }

        /**
         * Registers a format.
         *
         * @throws IllegalArgumentException when its name or an extension is not lower case
         *     ({@code [a-z0-9][a-z0-9._-]*}, an extension without its dot), it has no extension or
         *     media type, or another format has the name or an extension (both classes named)
         */
        public Builder add(CatalogFormat format) {
            formats.add(Objects.requireNonNull(format, "format"));
            return this;
        }

        /** The registry of the formats added so far. */
        public CatalogFormats build() {
            return new CatalogFormats(formats.build());
        }
    }

    /** The built-ins plus the formats {@link ServiceLoader} finds through {@code loader}, or why they cannot be registered. */
    static Registry.Loaded<CatalogFormats> load(ClassLoader loader) {
        return SHAPE.load(builtIns(), () -> ServiceLoader.load(CatalogFormat.class, loader), CatalogFormats::new);
    }

    /** The built-in formats, in the order detection tries them: one line each. */
    private static List<CatalogFormat> builtIns() {
        return List.of(
                new JsonFormat(),
                new CsvFormat(),
                new XlsxFormat());
    }

    /** The standard registry, or why it cannot be built; loaded on first use. */
    private static final class Standard {

        static final Registry.Loaded<CatalogFormats> LOADED = load(CatalogFormats.class.getClassLoader());
    }
}
