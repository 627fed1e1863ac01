package org.talentcatalog.tabular;

import org.talentcatalog.tabular.internal.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.tabular.internal.ReadIssues;

/**
 * Reads and writes catalogs as tables (docs/format.md, "Tables"): XLSX with a sheet 岗位 of
 * positions and a sheet 目录信息 of catalog-level members, or CSV with the positions and a JSON side
 * file {@code <name>.catalog.json} beside it holding the catalog-level members. The settings of one
 * place: {@link ReadOptions} and {@link WriteOptions} for the formats of a {@link CatalogFormats}
 * registry (the standard one unless {@link Builder#formats given}), which tells the format of each file.
 *
 * <pre>{@code
 * CatalogTables tables = CatalogTables.standard();                    // build once, share
 * CatalogDocument doc = tables.read(Path.of("export.xlsx"));          // problems located to cells
 * Catalog catalog = doc.toCatalog();
 * tables.write(catalog, Path.of("catalog.csv"));                      // catalog.csv + catalog.catalog.json
 * }</pre>
 *
 * <p>Writing then reading gives an equal catalog. Instances are immutable and thread-safe.
 */
public final class CatalogTables {

    /** The suffix of a CSV file's side file: {@code name.csv} → {@code name.catalog.json}. */
    public static final String SIDE_FILE_SUFFIX = ".catalog.json";

    private final ReadOptions reading;
    private final WriteOptions writing;
    private final CatalogFormats formats;

    private CatalogTables(ReadOptions reading, WriteOptions writing, CatalogFormats formats) {
        this.reading = reading;
        this.writing = writing;
        this.formats = formats;
    }

    /** Chinese headers, levels in words, CSV character set detected (written as UTF-8 with BOM), default limits. */
    public static CatalogTables standard() {
        return builder().build();
    }

    /** A builder starting from the standard settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** How files are read. */
    public ReadOptions readOptions() {
        return reading;
    }

    /** How files are written. */
    public WriteOptions writeOptions() {
        return writing;
    }

    /** The side file of a CSV file: {@code dir/name.csv} → {@code dir/name.catalog.json}. */
    public static Path sideFileOf(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SIDE_FILE_SUFFIX);
    }

    /**
     * Reads a table in the format its content tells ({@link CatalogFormats#forFile}); a CSV file's
     * catalog-level members come from its side file ({@link #sideFileOf}). When the extension names
     * another format than the content (an {@code .xlsx} that is really a CSV export), the table is
     * read by its content and a warning {@code read:extension} says so.
     *
     * @throws TabularException when the file cannot be read as a table: {@code read:format} with one
     *     sentence naming what the file is when it is no table (a legacy {@code .xls}, a PDF, JSON …),
     *     or another problem (not a workbook after all, beyond the limits, an I/O failure)
     */
    public CatalogDocument read(Path file) {
        CatalogDocument doc = formats.read(file, reading);
        if (doc.jsonFile() != null) {
            throw ReadIssues.refused("read:format", null,
                    Messages.FORMAT_JSON_NOT_TABLE.text());
        }
        return doc;
    }

    /** Reads a CSV file with the given side file ({@code null}: none). */
    public CatalogDocument readCsv(Path csv, @Nullable Path sideFile) {
        try {
            return new Reading(reading).csv(csv, sideFile);
        } catch (IOException e) {
            throw CatalogFormats.unreadable(csv, e);
        }
    }

    /** Reads a table and binds it; see {@link CatalogDocument#toCatalog()}. */
    public Catalog readCatalog(Path file) {
        return read(file).toCatalog();
    }

    /**
     * Writes a catalog in the format the file's extension names ({@link CatalogFormats#forExtension}):
     * for CSV also its side file, both or neither; each file atomically (a temporary file in the
     * same folder, then a move).
     *
     * @throws IllegalArgumentException when no registered format has the extension
     * @throws UncheckedIOException when a file cannot be written (its cause a
     *     {@link org.talentcatalog.model.io.FileWriteException} naming the file)
     */
    public void write(Catalog catalog, Path file) {
        try {
            formats.write(catalog, file, writing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the XLSX form (sheets 岗位 and 目录信息) to a stream, which is not closed. */
    public void writeXlsx(Catalog catalog, OutputStream out) throws IOException {
        Writing.xlsx(catalog, out, writing);
    }

    /** Writes the positions as CSV to a stream (not closed); the catalog-level members go to {@link #sideFile}. */
    public void writeCsv(Catalog catalog, OutputStream out) throws IOException {
        Writing.csv(catalog, out, writing);
    }

    /** The side file of a CSV table: the catalog's canonical JSON without {@code positions}. */
    public static String sideFile(Catalog catalog) {
        return Writing.sideFile(catalog);
    }

    /** Configures {@link CatalogTables}. Not thread-safe; what it builds is. */
    public static final class Builder {
        private final ReadOptions.Builder reading = ReadOptions.builder();
        private final WriteOptions.Builder writing = WriteOptions.builder();
        private @Nullable CatalogFormats formats;

        private Builder() {
        }

        /** The language of the headers and labels written (reading accepts both). */
        public Builder headers(HeaderLanguage value) {
            writing.headers(value);
            return this;
        }

        /** How the shortage level is written (reading accepts all). */
        public Builder levelStyle(LevelStyle value) {
            writing.levelStyle(value);
            return this;
        }

        /** The CSV character set, for reading (instead of detecting) and writing (instead of UTF-8 with BOM). */
        public Builder csvCharset(@Nullable Charset value) {
            reading.csvCharset(value);
            writing.csvCharset(value);
            return this;
        }

        /** How a five-star table maps to three levels; without one, five-star cells are errors. */
        public Builder fiveStarMapping(@Nullable FiveStarMapping value) {
            reading.fiveStarMapping(value);
            return this;
        }

        /** Whether only a table's positions are read, not its 目录信息 sheet or side file ({@link ReadOptions#positionsOnly()}). */
        public Builder positionsOnly(boolean value) {
            reading.positionsOnly(value);
            return this;
        }

        /** The limits on what the reader accepts. */
        public Builder limits(TableLimits value) {
            reading.limits(value);
            return this;
        }

        /** The code lists whose industry names the reader accepts and the writer uses. */
        public Builder codeLists(CodeLists value) {
            reading.codeLists(value);
            writing.codeLists(value);
            return this;
        }

        /** The formats files are read and written in; {@link CatalogFormats#standard()} unless given. */
        public Builder formats(CatalogFormats value) {
            formats = Objects.requireNonNull(value, "formats");
            return this;
        }

        /** The configured reader and writer. */
        public CatalogTables build() {
            return new CatalogTables(reading.build(), writing.build(), formats != null ? formats : CatalogFormats.standard());
        }
    }
}
