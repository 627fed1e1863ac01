package org.talentcatalog.model.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * CSV text that {@link CsvReader} cannot read on: bad quoting, a cell, record or column count beyond
 * its {@link CsvLimits}, or bytes that do not decode. It says what ({@link #problem()}, and
 * {@link #text()} in Chinese and English) and where: the file, the 1-based line and column (in
 * characters) of the cell concerned, and the record's row number. {@link #getMessage()} is
 * {@code file:line:column: } and the Chinese text.
 */
public final class CsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** A quoted cell that the input ends in: reported at its opening quote. */
        UNCLOSED_QUOTE,
        /** A character other than a separator or line end after a closing quote (strict quoting only). */
        AFTER_CLOSING_QUOTE,
        /** A quote inside a cell that does not start with one (strict quoting only). */
        QUOTE_IN_UNQUOTED,
        /** A cell longer than {@link CsvLimits#maxCellChars()}. */
        CELL_TOO_LONG,
        /** A record longer than {@link CsvLimits#maxRecordChars()}. */
        RECORD_TOO_LONG,
        /** A record of more than {@link CsvLimits#maxColumns()} cells. */
        TOO_MANY_COLUMNS,
        /** Bytes that do not decode in the file's character set. */
        UNDECODABLE
    }

    private final Problem problem;
    private final String source;
    private final int line;
    private final @Nullable Integer column;
    private final int row;
    private final int field;
    /** Not serialised: {@link #getMessage()} keeps the text. */
    private final transient LocalizedText text;

    CsvException(Problem problem, String source, int line, @Nullable Integer column, int row, int field,
            LocalizedText text) {
        super(source + ":" + line + (column == null ? "" : ":" + column) + ": " + text.zh());
        this.problem = Objects.requireNonNull(problem, "problem");
        this.source = source;
        this.line = line;
        this.column = column;
        this.row = row;
        this.field = field;
        this.text = text;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The name of the input, as given to the reader. */
    public String source() {
        return source;
    }

    /** The 1-based line: of the cell concerned, or of the record when the record as a whole is at fault. */
    public int line() {
        return line;
    }

    /** The 1-based column in characters of the cell concerned, or {@code null} for a whole record. */
    public @Nullable Integer column() {
        return column;
    }

    /** The 1-based number of the record, counting empty lines as records (a spreadsheet's row number). */
    public int row() {
        return row;
    }

    /** The 0-based position of the cell concerned in its record (a spreadsheet's column index). */
    public int field() {
        return field;
    }

    /** The message in Chinese and English, without the place. */
    public LocalizedText text() {
        return text;
    }

    /** The place: {@code file:line:column}, or {@code file:line} for a whole record. */
    public String location() {
        return source + ":" + line + (column == null ? "" : ":" + column);
    }
}
