package org.talentcatalog.tabular;

import org.talentcatalog.tabular.internal.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.LocalizedText;
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

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final List<CatalogFormat> formats;
    private final Map<String, CatalogFormat> byName;
    private final Map<String, CatalogFormat> byExtension;

    private CatalogFormats(List<CatalogFormat> formats, Map<String, CatalogFormat> byName, Map<String, CatalogFormat> byExtension) {
        this.formats = List.copyOf(formats);
        this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.byExtension = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byExtension));
    }

    /**
     * The built-in formats plus every one {@link ServiceLoader} finds; loaded once, then shared.
     *
     * @throws IllegalStateException when a registered format cannot be loaded or repeats a name or an
     *     extension (every call, with the same message)
     */
    public static CatalogFormats standard() {
        if (Standard.LOADED instanceof RuntimeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return (CatalogFormats) Standard.LOADED;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this registry's formats, to add more. */
    public Builder toBuilder() {
        Builder b = new Builder();
        formats.forEach(b::add);
        return b;
    }

    /** Every format, in registration order (the built-ins first in the standard registry). */
    public List<CatalogFormat> all() {
        return formats;
    }

    /** The names of the formats, in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The format with this name, if registered. */
    public Optional<CatalogFormat> find(String name) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * The format with this name.
     *
     * @throws IllegalArgumentException when there is none; the message lists the registered names
     */
    public CatalogFormat byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                bothLanguages(Messages.FORMAT_UNKNOWN_NAME.text(name, String.join(", ", names())))));
    }

    /** The format whose extensions include the file name's (any case), if any: the format to write. */
    public Optional<CatalogFormat> forExtension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(byExtension.get(n.substring(dot + 1).toLowerCase(Locale.ROOT)));
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
        for (CatalogFormat f : formats) {
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
        CatalogFormat format = forExtension(file).orElseThrow(() -> new IllegalArgumentException(
                bothLanguages(Messages.FORMAT_NO_WRITER.text(file, extensions()))));
        format.write(catalog, file, options);
    }

    private static String bothLanguages(LocalizedText text) {
        return text.zh() + " / " + text.en();
    }

    /** Every registered extension, with its dot, in registration order: {@code [.json, .csv, .xlsx]}. */
    public List<String> extensions() {
        return byExtension.keySet().stream().map(e -> "." + e).toList();
    }

    /** A file that cannot be read at all: {@code read:io}, located at the file. */
    static TabularException unreadable(Path file, IOException e) {
        if (e instanceof FileReadException notRegular) { // a directory, a named pipe, a device: the sentence names the file
            return ReadIssues.refused("read:io", null, notRegular.text());
        }
        return ReadIssues.refused("read:io", file.toString(), Messages.READ_IO.text(e.getMessage()));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CatalogFormats f && formats.equals(f.formats);
    }

    @Override
    public int hashCode() {
        return formats.hashCode();
    }

    @Override
    public String toString() {
        return "CatalogFormats" + names();
    }

    /** Collects formats; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final List<CatalogFormat> formats = new ArrayList<>();
        private final Map<String, CatalogFormat> byName = new LinkedHashMap<>();
        private final Map<String, CatalogFormat> byExtension = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers a format.
         *
         * @throws IllegalArgumentException when its name or an extension is not lower case
         *     ({@code [a-z0-9][a-z0-9._-]*}, an extension without its dot), it has no extension or
         *     media type, or another format has the name or an extension (both classes named)
         */
        public Builder add(CatalogFormat format) {
            Objects.requireNonNull(format, "format");
            String name = format.name();
            String cls = format.getClass().getName();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("目录格式名称须为小写 catalog format name must be lower case [a-z0-9][a-z0-9._-]*: "
                        + name + " (" + cls + ")");
            }
            List<String> extensions = format.extensions();
            if (extensions == null || extensions.isEmpty() || format.mediaType() == null || format.mediaType().isBlank()) {
                throw new IllegalArgumentException("缺少扩展名或媒体类型 catalog format without extensions or media type: " + cls);
            }
            CatalogFormat other = byName.get(name);
            if (other != null) {
                throw new IllegalArgumentException("目录格式重名 duplicate catalog format name " + name + ": "
                        + other.getClass().getName() + ", " + cls);
            }
            for (String e : extensions) {
                if (e == null || !EXTENSION.matcher(e).matches()) {
                    throw new IllegalArgumentException("扩展名须为小写且不带点 an extension must be lower case without its dot: "
                            + e + " (" + cls + ")");
                }
                CatalogFormat owner = byExtension.get(e);
                if (owner != null) {
                    throw new IllegalArgumentException("扩展名重复 duplicate extension ." + e + ": "
                            + owner.getClass().getName() + " (" + owner.name() + "), " + cls + " (" + name + ")");
                }
            }
            formats.add(format);
            byName.put(name, format);
            extensions.forEach(e -> byExtension.put(e, format));
            return this;
        }

        /** The registry of the formats added so far. */
        public CatalogFormats build() {
            return new CatalogFormats(formats, byName, byExtension);
        }
    }

    /**
     * The built-ins plus the formats {@link ServiceLoader} finds through {@code loader}, or why they
     * cannot be registered: a provider that cannot be loaded, or a name or extension used twice.
     */
    static Object load(ClassLoader loader) {
        try {
            Builder b = builder();
            builtIns().forEach(b::add);
            ServiceLoader.load(CatalogFormat.class, loader).forEach(b::add);
            return b.build();
        } catch (ServiceConfigurationError e) {
            return new IllegalStateException("无法加载目录格式 cannot load a catalog format: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return e;
        }
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

        static final Object LOADED = load(CatalogFormats.class.getClassLoader());
    }
}
