package org.talentcatalog.tabular;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.internal.CanonicalPrettyPrinter;
import org.talentcatalog.tabular.internal.CatalogInfo;
import org.talentcatalog.tabular.internal.CsvFiles;
import org.talentcatalog.tabular.internal.JsonTexts;
import org.talentcatalog.tabular.internal.ReadIssues;
import org.talentcatalog.tabular.internal.TableRows;
import org.talentcatalog.tabular.internal.XlsxOut;
import org.talentcatalog.tabular.internal.XlsxTable;

/**
 * Reads and writes catalogs as tables (docs/format.md, "Tables"): XLSX with a sheet 岗位 of
 * positions and a sheet 目录信息 of catalog-level members, or CSV with the positions and a JSON side
 * file {@code <name>.catalog.json} beside it holding the catalog-level members.
 *
 * <pre>{@code
 * CatalogTables tables = CatalogTables.standard();                    // build once, share
 * TableDocument doc = tables.read(Path.of("export.xlsx"));            // problems located to cells
 * Catalog catalog = doc.toCatalog();
 * tables.write(catalog, Path.of("catalog.csv"));                      // catalog.csv + catalog.catalog.json
 * }</pre>
 *
 * <p>Writing then reading gives an equal catalog. Instances are immutable and thread-safe.
 */
public final class CatalogTables {

    /** The suffix of a CSV file's side file: {@code name.csv} → {@code name.catalog.json}. */
    public static final String SIDE_FILE_SUFFIX = ".catalog.json";

    private final HeaderLanguage headers;
    private final LevelStyle levelStyle;
    private final Charset csvCharset;
    private final FiveStarMapping fiveStarMapping;
    private final TableLimits limits;
    private final CodeLists codeLists;

    private CatalogTables(Builder b) {
        this.headers = b.headers;
        this.levelStyle = b.levelStyle;
        this.csvCharset = b.csvCharset;
        this.fiveStarMapping = b.fiveStarMapping;
        this.limits = b.limits;
        this.codeLists = b.codeLists;
    }

    /** Chinese headers, levels in words, CSV character set detected (written as UTF-8 with BOM), default limits. */
    public static CatalogTables standard() {
        return builder().build();
    }

    /** A builder starting from the standard settings. */
    public static Builder builder() {
        return new Builder();
    }

    CodeLists codeLists() {
        return codeLists;
    }

    FiveStarMapping fiveStarMapping() {
        return fiveStarMapping;
    }

    TableLimits limits() {
        return limits;
    }

    Charset csvCharset() {
        return csvCharset;
    }

    /** The side file of a CSV file: {@code dir/name.csv} → {@code dir/name.catalog.json}. */
    public static Path sideFileOf(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SIDE_FILE_SUFFIX);
    }

    /**
     * Reads a table, choosing the format by the file's content ({@link FileFormat#detect}); a CSV
     * file's catalog-level members come from its side file ({@link #sideFileOf}). When the extension
     * names another format than the content (an {@code .xlsx} that is really a CSV export), the table
     * is read by its content and a warning {@code read:extension} says so.
     *
     * @throws TabularException when the file cannot be read at all: {@code read:format} with one
     *     sentence naming what the file is when it is no table (a legacy {@code .xls}, a PDF, JSON …),
     *     or another problem (not a workbook after all, beyond the limits, an I/O failure)
     */
    public TableDocument read(Path file) {
        FileFormat detected = io(file, () -> FileFormat.detect(file));
        if (!detected.supported()) {
            throw ReadIssues.refused("read:format", null, detected.refusal());
        }
        TableFormat format = detected.tableFormat().orElseThrow(() -> ReadIssues.refused("read:format", null,
                LocalizedText.of("这是 JSON 文件，不是表格：请按 JSON 读取", "this is a JSON file, not a table: read it as JSON")));
        Reading reading = new Reading(this);
        if (TableFormat.of(file).orElse(null) != format) {
            Path name = file.getFileName();
            reading.note(ReadIssues.warning("read:extension", null, null, LocalizedText.of(
                    "文件名 " + name + " 与内容不符：内容是 " + format + "，已按 " + format + " 读取",
                    "the file name " + name + " does not match the content: it is " + format + " and was read as such")));
        }
        return format == TableFormat.XLSX ? io(file, () -> reading.xlsx(file)) : io(file, () -> reading.csv(file, sideFileOf(file)));
    }

    /** Reads a CSV file with the given side file ({@code null}: none). */
    public TableDocument readCsv(Path csv, Path sideFile) {
        return io(csv, () -> new Reading(this).csv(csv, sideFile));
    }

    /** Reads a table and binds it; see {@link TableDocument#toCatalog()}. */
    public Catalog readCatalog(Path file) {
        return read(file).toCatalog();
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(Path file, IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw ReadIssues.refused("read:io", file.toString(), LocalizedText.of(
                    "读取失败: " + e.getMessage(), "read failed: " + e.getMessage()));
        }
    }

    /**
     * Writes a catalog as a table, the format chosen by the extension; for CSV also its side file.
     * Each file is written atomically: to a temporary file in the same directory, then moved.
     */
    public void write(Catalog catalog, Path file) {
        TableFormat format = TableFormat.of(file).orElseThrow(() -> new IllegalArgumentException("not a .csv or .xlsx file: " + file));
        if (format == TableFormat.XLSX) {
            atomically(file, out -> writeXlsx(catalog, out));
        } else {
            atomically(file, out -> writeCsv(catalog, out));
            atomically(sideFileOf(file), out -> out.write(sideFile(catalog).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** What {@link #atomically} writes. */
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void atomically(Path file, Body body) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the move succeeded or the write failed already
                }
            }
        }
    }

    /** Writes the XLSX form (sheets 岗位 and 目录信息) to a stream, which is not closed. */
    public void writeXlsx(Catalog catalog, OutputStream out) throws IOException {
        JsonNode tree = CatalogJson.toTree(catalog);
        JsonTexts json = new JsonTexts();
        boolean english = headers == HeaderLanguage.ENGLISH;
        TableRows rows = new TableRows(tree.path("positions"), english, levelStyle, codeLists, json);
        try (XlsxOut x = new XlsxOut(new NonClosing(out))) {
            x.sheet(english ? "Positions" : XlsxTable.POSITIONS, rows.header());
            rows.forEach(r -> {
                try {
                    x.row(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            x.sheet(english ? "Catalog" : XlsxTable.INFO, english ? CatalogInfo.HEADER_EN : CatalogInfo.HEADER_ZH);
            for (var row : CatalogInfo.rows(tree, english, json)) {
                x.row(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the positions as CSV to a stream (not closed); the catalog-level members go to {@link #sideFile}. */
    public void writeCsv(Catalog catalog, OutputStream out) throws IOException {
        JsonNode tree = CatalogJson.toTree(catalog);
        Charset charset = csvCharset == null ? StandardCharsets.UTF_8 : csvCharset;
        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), charset.newEncoder()), 64 * 1024);
        if (charset.equals(StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte order mark
        }
        TableRows rows = new TableRows(tree.path("positions"), headers == HeaderLanguage.ENGLISH, levelStyle, codeLists,
                new JsonTexts());
        CsvFiles.writeRow(w, rows.header());
        try {
            rows.forEach(r -> {
                try {
                    CsvFiles.writeRow(w, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    /** The side file of a CSV table: the catalog's canonical JSON without {@code positions}. */
    public static String sideFile(Catalog catalog) {
        ObjectNode tree = (ObjectNode) CatalogJson.toTree(catalog.withPositions(java.util.List.of()));
        tree.remove("positions");
        ObjectMapper mapper = new ObjectMapper();
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.setPrettyPrinter(new CanonicalPrettyPrinter());
                mapper.writeTree(g, tree);
            }
            return out + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a caller's stream open when a writer closes its own. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Configures {@link CatalogTables}. Not thread-safe; what it builds is. */
    public static final class Builder {
        private HeaderLanguage headers = HeaderLanguage.CHINESE;
        private LevelStyle levelStyle = LevelStyle.WORDS;
        private Charset csvCharset;
        private FiveStarMapping fiveStarMapping;
        private TableLimits limits = TableLimits.defaults();
        private CodeLists codeLists = CodeLists.defaults();

        private Builder() {
        }

        /** The language of the headers and labels written (reading accepts both). */
        public Builder headers(HeaderLanguage value) {
            headers = Objects.requireNonNull(value);
            return this;
        }

        /** How the shortage level is written (reading accepts all). */
        public Builder levelStyle(LevelStyle value) {
            levelStyle = Objects.requireNonNull(value);
            return this;
        }

        /** The CSV character set, for reading (instead of detecting) and writing (instead of UTF-8 with BOM). */
        public Builder csvCharset(Charset value) {
            csvCharset = value;
            return this;
        }

        /** How a five-star table maps to three levels; without one, five-star cells are errors. */
        public Builder fiveStarMapping(FiveStarMapping value) {
            fiveStarMapping = value;
            return this;
        }

        /** The limits on what the reader accepts. */
        public Builder limits(TableLimits value) {
            limits = Objects.requireNonNull(value);
            return this;
        }

        /** The code lists whose industry names the reader accepts and the writer uses. */
        public Builder codeLists(CodeLists value) {
            codeLists = Objects.requireNonNull(value);
            return this;
        }

        /** The configured reader and writer. */
        public CatalogTables build() {
            return new CatalogTables(this);
        }
    }
}
