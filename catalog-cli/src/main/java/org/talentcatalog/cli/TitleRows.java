package org.talentcatalog.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.tabular.FileFormat;
import org.talentcatalog.tabular.SheetRows;
import org.talentcatalog.tabular.TableLimits;

/**
 * Streams the rows of a CSV file or an XLSX workbook's first sheet, header first, with the place of
 * every cell ({@code file:line:column} or {@code sheet!B12}), for {@code catalog normalize}: one row
 * in memory at a time. What the file holds is told by its content ({@link FileFormat#detect}).
 */
final class TitleRows {

    /** Receives the header and the data rows. */
    interface Sink {
        /**
         * One row.
         *
         * @param row the 1-based row number (a spreadsheet's)
         * @param cells the cells
         * @param place where cell {@code i} (0-based) is
         */
        void row(int row, List<String> cells, IntFunction<String> place);
    }

    /** A file the tools do not read as a table: the sentence naming what it is. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private TitleRows() {
    }

    /**
     * Reads every row of the file.
     *
     * @throws Refused for a file that is no CSV or workbook (a PDF, a legacy .xls)
     * @throws org.talentcatalog.tabular.TabularException for a damaged workbook
     * @throws org.talentcatalog.model.io.CsvException for a CSV that does not parse
     * @throws IOException when the file cannot be read
     */
    static void read(Path file, Locale locale, Sink sink) throws Refused, IOException {
        FileFormat format = FileFormat.detect(file);
        if (format == FileFormat.XLSX) {
            SheetRows.read(file, TableLimits.defaults(), (sheet, row, cells) ->
                    sink.row(row, cells, c -> file + ":" + SheetRows.cell(sheet, c, row)));
            return;
        }
        if (!format.supported() && format != FileFormat.TEXT && format != FileFormat.EMPTY) {
            throw new Refused(format.refusal().in(locale));
        }
        try (CsvReader csv = CsvReader.builder().lenientQuotes(true).skipLongCells(true).source(file.toString()).open(file)) {
            while (csv.next()) {
                sink.row(csv.row(), List.of(csv.fields()), csv::location);
            }
        }
    }
}
