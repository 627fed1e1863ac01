package org.talentcatalog.model.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV (RFC 4180) record by record, in bounded memory, with the place of every cell; the one CSV
 * reader of the library (catalog tables, survey samples, indicator tables, expert ratings, code lists).
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.builder().open(Path.of("samples.csv"))) {
 *     while (csv.next()) {
 *         String id = csv.field(0);           // "" when the record is shorter
 *         String where = csv.location(0);     // samples.csv:12:1
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Text.</b> From a file or stream in the character set {@link TextEncoding} detects (UTF-8 or
 *       GB18030), or one given; a leading byte order mark is skipped; bytes that do not decode are a
 *       located {@link CsvException}.</li>
 *   <li><b>Records.</b> Cells are separated by commas, records by LF, CRLF or CR. A quoted cell may hold
 *       commas, line breaks (kept as they are) and doubled quotes. Completely empty lines are skipped
 *       but counted by {@link #row()}, which is a spreadsheet's row number.</li>
 *   <li><b>Quoting.</b> Strict by default: a quote inside an unquoted cell or a character after a
 *       closing quote is an error. {@link Builder#lenientQuotes(boolean) Lenient} quoting reads them as
 *       spreadsheets do ({@code 5"} is {@code 5"}, {@code "a"b} is {@code ab}). Either way a quoted cell
 *       that the input ends in is an error at its opening quote.</li>
 *   <li><b>Bounds</b> ({@link CsvLimits}): a cell, a record and the number of cells of a record. A
 *       cell beyond its limit is an error at the cell, or with
 *       {@link Builder#skipLongCells(boolean)} is not kept and reading goes on ({@link #skipped(int)}).
 *       So no input, not even an endless one, makes the reader hold more than one bounded record.</li>
 *   <li><b>Places.</b> Lines and columns are 1-based; columns count characters (UTF-16 units), as an
 *       editor shows them.</li>
 * </ul>
 *
 * <p>Allocation-light: a record's cells are ranges of one reused {@code char[]} ({@link #chars()},
 * {@link #start(int)}, {@link #end(int)}); a {@code String} is made only when {@link #field(int)} asks.
 * Not thread-safe; one instance reads one input. I/O failures are {@link UncheckedIOException}s.
 */
public final class CsvReader implements Closeable {

    private final CsvScanner scanner;
    private final Reader reader;
    private final @Nullable Charset charset;

    private CsvReader(Reader reader, @Nullable Charset charset, String source, Builder b) {
        this.reader = reader;
        this.charset = charset;
        this.scanner = new CsvScanner(reader, source, b.limits, b.lenientQuotes, b.skipLongCells);
    }

    /** A builder with strict quoting, failing long cells, {@link CsvLimits#defaults()} and detection of the character set. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws CsvException when the text cannot be read on (the reader should not be used afterwards)
     * @throws UncheckedIOException when reading fails
     */
    public boolean next() {
        return scanner.next();
    }

    /** The name of the input used in places. */
    public String source() {
        return scanner.source;
    }

    /**
     * The character set bytes are decoded in: the given one, or the detected one (UTF-8 until a
     * non-ASCII byte has decided); {@code null} when the reader was given characters.
     */
    public @Nullable Charset charset() {
        return reader instanceof DetectingReader d ? d.charset() : charset;
    }

    /** The number of cells in the current record. */
    public int size() {
        return scanner.count;
    }

    /** The text of cell {@code index} (0-based) of the current record; "" when the record is shorter or the cell was skipped. */
    public String field(int index) {
        return index < scanner.count ? new String(scanner.chars, scanner.starts[index], scanner.ends[index] - scanner.starts[index]) : "";
    }

    /** A copy of the current record's cells. */
    public String[] fields() {
        String[] out = new String[scanner.count];
        for (int i = 0; i < out.length; i++) {
            out[i] = field(i);
        }
        return out;
    }

    /**
     * The characters of the current record's cells, valid until the next {@link #next()}: cell
     * {@code i} is {@code chars()[start(i), end(i))}.
     */
    public char[] chars() {
        return scanner.chars;
    }

    /** Where cell {@code index} starts in {@link #chars()}; a missing cell is empty. */
    public int start(int index) {
        return index < scanner.count ? scanner.starts[index] : 0;
    }

    /** Where cell {@code index} ends (exclusive) in {@link #chars()}. */
    public int end(int index) {
        return index < scanner.count ? scanner.ends[index] : 0;
    }

    /** Whether cell {@code index} was longer than the limit and not kept (with {@link Builder#skipLongCells(boolean)}). */
    public boolean skipped(int index) {
        return index < scanner.count && scanner.skipped[index];
    }

    /**
     * Whether cell {@code index} of the current record began with a quote: its text, spaces at
     * either end included, is exactly what was written between the quotes. False for a missing cell.
     */
    public boolean quoted(int index) {
        return index < scanner.count && scanner.quoted[index];
    }

    /** The 1-based line on which the current record starts. */
    public int line() {
        return scanner.recordLine;
    }

    /** The 1-based number of the current record, empty lines counted: a spreadsheet's row number. */
    public int row() {
        return scanner.row;
    }

    /** The 1-based line on which cell {@code index} starts; the record's line for a missing cell. */
    public int line(int index) {
        return index < scanner.count ? scanner.lines[index] : scanner.recordLine;
    }

    /** The 1-based column (in characters) at which cell {@code index} starts (its quote, if quoted); 0 for a missing cell. */
    public int column(int index) {
        return index < scanner.count ? scanner.columns[index] : 0;
    }

    /** The place {@code file:line:column} of cell {@code index}, or {@code file:line} of the record for a missing cell. */
    public String location(int index) {
        return index < scanner.count ? scanner.source + ":" + scanner.lines[index] + ":" + scanner.columns[index]
                : scanner.source + ":" + scanner.recordLine;
    }

    /** Closes the input. */
    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Configures a {@link CsvReader}. Not thread-safe. */
    public static final class Builder {
        private String source = "";
        private CsvLimits limits = CsvLimits.defaults();
        private @Nullable Charset charset;
        private boolean lenientQuotes;
        private boolean skipLongCells;

        private Builder() {
        }

        /** The name of the input in places and messages, e.g. the file name (by default the file's name, or ""). */
        public Builder source(String value) {
            source = Objects.requireNonNull(value, "source");
            return this;
        }

        /** The bounds (default {@link CsvLimits#defaults()}). */
        public Builder limits(CsvLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** The character set of bytes, or {@code null} (the default) to detect UTF-8 or GB18030 by {@link TextEncoding}'s rule. */
        public Builder charset(@Nullable Charset value) {
            charset = value;
            return this;
        }

        /** Whether stray quotes are read as spreadsheets read them rather than being errors (default false). */
        public Builder lenientQuotes(boolean value) {
            lenientQuotes = value;
            return this;
        }

        /** Whether a cell beyond the limit is skipped, reading on, rather than being an error (default false). */
        public Builder skipLongCells(boolean value) {
            skipLongCells = value;
            return this;
        }

        /**
         * Opens a file; its name is the source unless one was given.
         *
         * @throws IOException when the file cannot be opened
         */
        public CsvReader open(Path file) throws IOException {
            return read(Files.newInputStream(file), source.isEmpty() ? String.valueOf(file.getFileName()) : source);
        }

        /** Reads bytes (closed with the reader) in the given or the detected character set. */
        public CsvReader read(InputStream in) {
            return read(in, source);
        }

        private CsvReader read(InputStream in, String name) {
            Charset given = charset;
            return new CsvReader(given == null ? TextEncoding.reader(in) : TextEncoding.reader(in, given), given, name, this);
        }

        /** Reads characters (closed with the reader); a leading U+FEFF is skipped. */
        public CsvReader read(Reader in) {
            return new CsvReader(in, null, source, this);
        }
    }
}
