package org.talentcatalog.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.tabular.internal.CellNames;
import org.talentcatalog.tabular.internal.Messages;
import org.talentcatalog.tabular.internal.RawCell;
import org.talentcatalog.tabular.internal.ReadIssues;
import org.talentcatalog.tabular.internal.XlsxGuard;
import org.talentcatalog.tabular.internal.XlsxTable;

/**
 * Streams the rows of an XLSX workbook's first sheet as text, for tables that are not catalogs (a
 * list of job titles, a reviewed sheet): one row at a time, so a sheet of any length is read in the
 * memory of one row (plus the workbook's shared strings, within {@link TableLimits}). The workbook
 * passes the same guards as a catalog workbook (size, compression ratio, parts); cells read as in a
 * catalog (numbers as their decimal text, formulas as their cached value); a cell that cannot be read
 * (an error value) reads as empty.
 */
public final class SheetRows {

    /** Receives the rows of a sheet. */
    @FunctionalInterface
    public interface Sink {
        /**
         * One row.
         *
         * @param sheet the sheet's name, for cell references ({@link #cell})
         * @param row the 1-based row number
         * @param cells the row's cells from column A, {@code ""} for an empty one
         */
        void row(String sheet, int row, List<String> cells);
    }

    private SheetRows() {
    }

    /**
     * Reads the first sheet.
     *
     * @param file the workbook
     * @param limits the bounds of the workbook
     * @param sink receives every row in order
     * @return the sheet's name
     * @throws TabularException when the file is no workbook, is damaged or breaks a limit, located
     * @throws IOException when the file cannot be read
     */
    public static String read(Path file, TableLimits limits, Sink sink) throws IOException {
        InputFiles.requireRegular(file);
        XlsxGuard.Scan scan = XlsxGuard.scan(file, limits);
        try (XlsxTable table = new XlsxTable(file, scan, limits)) {
            XlsxTable.Sheet sheet = table.positions();
            List<Issue> problems = new ArrayList<>();
            table.rows(sheet, problems, (cells, row) -> {
                List<String> texts = new ArrayList<>(cells.size());
                for (RawCell c : cells) {
                    texts.add(c == null || c.unreadable() != null ? "" : c.text());
                }
                problems.clear();
                sink.row(sheet.name(), row, texts);
            });
            return sheet.name();
        } catch (TabularException e) {
            throw e;
        } catch (IllegalStateException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw ReadIssues.refused("read:notXlsx", file.getFileName().toString(), Messages.READ_NOT_XLSX.text(why));
        }
    }

    /** A cell reference such as {@code 岗位!B12}, for a 0-based column and a 1-based row. */
    public static String cell(String sheet, int column, int row) {
        return CellNames.cell(sheet, column, row);
    }
}
