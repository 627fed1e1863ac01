package org.talentcatalog.model.io;

/**
 * Bounds on one CSV record, so that a broken file (an unclosed quote, a missing line end) fails with a
 * located error instead of holding the rest of the file in memory.
 *
 * @param maxCellChars the longest cell, in characters
 * @param maxRecordChars the longest record (all its cells together), in characters
 */
public record CsvLimits(int maxCellChars, int maxRecordChars) {

    /** The longest cell by default: 32,767 characters, Excel's own limit (also catalog-tabular's default). */
    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

    /** Checks that both bounds are positive. */
    public CsvLimits {
        if (maxCellChars <= 0 || maxRecordChars <= 0) {
            throw new IllegalArgumentException("CSV limits must be positive");
        }
    }

    /** Cells of at most 32,767 characters, records of at most 1 Mi characters. */
    public static CsvLimits defaults() {
        return new CsvLimits(DEFAULT_MAX_CELL_CHARS, 1 << 20);
    }
}
