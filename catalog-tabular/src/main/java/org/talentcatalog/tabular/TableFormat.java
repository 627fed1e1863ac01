package org.talentcatalog.tabular;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The table formats a catalog is exchanged in besides JSON. */
public enum TableFormat {
    /** Comma-separated values (RFC 4180), one table of positions, with a JSON side file for the catalog. */
    CSV,
    /** An Office Open XML workbook: sheet 岗位 for positions, sheet 目录信息 for the catalog. */
    XLSX;

    /**
     * The format a file name's extension names ({@code .csv}, {@code .xlsx}, any case), if any: what to
     * write. What a file to be read holds is told by its content: {@link FileFormat#detect}.
     */
    public static Optional<TableFormat> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return n.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
    }
}
