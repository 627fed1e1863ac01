package org.talentcatalog.model.io;

/**
 * Bounds on one CSV record, so that a broken file (an unclosed quote, a missing line end, a header of
 * a million columns) fails with a located error instead of holding the rest of the file in memory.
 * {@link CsvReader} checks them as it reads.
 *
 * @param maxCellChars the longest cell, in characters
 * @param maxRecordChars the longest record (all its kept cells together, plus one per cell), in characters
 * @param maxColumns the most cells in one record
 */
public record CsvLimits(int maxCellChars, int maxRecordChars, int maxColumns) {

    /** The longest cell by default: 32,767 characters, Excel's own limit (also catalog-tabular's default). */
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

    /** The longest record by default: 1 Mi characters. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

    /** The most columns by default: 16,384, Excel's own limit (column XFD). */
    public static final int DEFAULT_MAX_COLUMNS = 16_384;

    /** Checks that every bound is positive. */
    public CsvLimits {
        if (maxCellChars <= 0 || maxRecordChars <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("CSV limits must be positive");
        }
    }

    /**
     * Limits on cells and records, with the default number of columns ({@value #DEFAULT_MAX_COLUMNS}).
     *
     * @param maxCellChars the longest cell, in characters
     * @param maxRecordChars the longest record, in characters
     */
    public CsvLimits(int maxCellChars, int maxRecordChars) {
        this(maxCellChars, maxRecordChars, DEFAULT_MAX_COLUMNS);
    }

    /** Cells of at most 32,767 characters, records of at most 1 Mi characters and 16,384 columns. */
    public static CsvLimits defaults() {
        return new CsvLimits(DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_COLUMNS);
    }

    /** A copy with another cell limit. */
    public CsvLimits withMaxCellChars(int value) {
        return new CsvLimits(value, maxRecordChars, maxColumns);
    }

    /** A copy with another column limit. */
    public CsvLimits withMaxColumns(int value) {
        return new CsvLimits(maxCellChars, maxRecordChars, value);
    }
}
