package org.talentcatalog.tabular;

/**
 * Bounds on what the table reader accepts, so that a hostile file fails with a clear error instead of
 * exhausting memory: the file, the zip container of an XLSX (entries, inflated size, compression
 * ratio) and single cells.
 *
 * @param maxFileBytes the largest input file
 * @param maxEntries the most entries in an XLSX zip
 * @param maxEntryBytes the largest inflated size of one XLSX entry
 * @param maxTotalBytes the largest inflated size of all XLSX entries together
 * @param maxCompressionRatio the largest inflated/compressed ratio of an XLSX entry larger than 1 MiB
 * @param maxCellChars the longest cell, in characters (Excel's own limit is 32,767)
 * @param maxRows the most rows of positions
 */
public record TableLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
        int maxCompressionRatio, int maxCellChars, int maxRows) {

    /** Checks every bound is positive. */
    public TableLimits {
        if (maxFileBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0
                || maxCompressionRatio <= 0 || maxCellChars <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("table limits must be positive");
        }
    }

    /**
     * 256 MiB files; 1,000 zip entries; 1 GiB per entry and 2 GiB in all when inflated; a compression
     * ratio of at most 200; cells of at most 32,767 characters; 1,000,000 rows.
     */
    public static TableLimits defaults() {
        return new TableLimits(256L << 20, 1000, 1L << 30, 2L << 30, 200, 32_767, 1_000_000);
    }

    /** A copy with another cell size limit. */
    public TableLimits withMaxCellChars(int value) {
        return new TableLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, value, maxRows);
    }

    /** A copy with other zip limits. */
    public TableLimits withZipLimits(int entries, long entryBytes, long totalBytes, int ratio) {
        return new TableLimits(maxFileBytes, entries, entryBytes, totalBytes, ratio, maxCellChars, maxRows);
    }
}
