package org.talentcatalog.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.io.CsvException;
import org.talentcatalog.model.io.CsvLimits;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.tabular.internal.CellNames;
import org.talentcatalog.tabular.internal.Messages;
import org.talentcatalog.tabular.internal.RawCell;
import org.talentcatalog.tabular.internal.ReadIssues;
import org.talentcatalog.tabular.internal.XlsxGuard;
import org.talentcatalog.tabular.internal.XlsxOut;
import org.talentcatalog.tabular.internal.XlsxTable;

/**
 * Tables that are no catalog (a consultation's comments sheet, a report): the rows of a CSV file or
 * of the first sheet of an XLSX workbook as text cells, each placed by its cell ({@code 意见!C4} or
 * {@code comments.csv:4:3}), read within the same bounds as catalogs ({@link TableLimits}: file size,
 * zip limits, cell length, rows); and rows written to one XLSX sheet. Stateless and thread-safe.
 */
public final class PlainTables {

    private PlainTables() {
    }

    /**
     * A table read.
     *
     * @param source the file name
     * @param sheet the sheet's name, {@code null} for CSV
     * @param rows the rows, blank ones left out
     */
    public record Table(String source, @Nullable String sheet, List<Row> rows) {

        /** Copies the rows. */
        public Table {
            rows = List.copyOf(rows);
        }

        /** The place of a cell: {@code sheet!C4} for a sheet, {@code file:line:column} for CSV. */
        public String place(Row row, int column) {
            return sheet == null ? source + ":" + row.number() + ":" + (column + 1) : CellNames.cell(sheet, column, row.number());
        }
    }

    /**
     * One row.
     *
     * @param number the 1-based row (sheet) or line (CSV) number
     * @param cells its cells as text, "" when empty
     */
    public record Row(int number, List<String> cells) {

        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based column, "" beyond the row. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * Reads a CSV file or an XLSX workbook's first sheet, told by the content.
     *
     * @throws TabularException when the file is no such table, is beyond a limit, or a cell cannot be read; located
     * @throws IOException when the file cannot be read
     */
    public static Table read(Path file, TableLimits limits) throws IOException {
        InputFiles.requireRegular(file);
        FileFormat format = FileFormat.detect(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (format == FileFormat.XLSX) {
            return xlsx(file, name, limits);
        }
        if (format != FileFormat.CSV) {
            throw ReadIssues.refused("read:format", name, format.supported() ? Messages.READ_NOT_A_TABLE.text() : format.refusal());
        }
        List<Row> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.builder().source(name).limits(CsvLimits.defaults()).lenientQuotes(true).open(file)) {
            while (csv.next()) {
                List<String> cells = List.of(csv.fields());
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    add(rows, new Row(csv.line(), cells), limits, name);
                }
            }
        } catch (CsvException e) {
            throw ReadIssues.refused("read:csv", e.source() + ":" + e.line() + (e.column() == null ? "" : ":" + e.column()), e.text());
        }
        return new Table(name, null, rows);
    }

    private static Table xlsx(Path file, String name, TableLimits limits) throws IOException {
        XlsxGuard.Scan scan = XlsxGuard.scan(file, limits);
        List<Issue> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (XlsxTable table = new XlsxTable(file, scan, limits)) {
            XlsxTable.Sheet sheet = table.positions();
            table.rows(sheet, problems, (cells, r) -> {
                List<String> text = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    RawCell c = cells.get(i);
                    if (c.unreadable() != null) { // an error value, a missing shared string…: never read as ""
                        problems.add(ReadIssues.error("read:cell", null, CellNames.cell(sheet.name(), i, r), c.unreadable()));
                    }
                    text.add(c.text());
                }
                if (cells.stream().anyMatch(c -> !c.blank())) {
                    add(rows, new Row(r, text), limits, name);
                }
            });
            for (Issue i : problems) {
                if (i.severity() == Severity.ERROR) {
                    throw new TabularException(i);
                }
            }
            return new Table(name, sheet.name(), rows);
        } catch (TabularException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ReadIssues.refused("read:notXlsx", name, Messages.READ_NOT_XLSX.text(String.valueOf(e.getMessage())));
        }
    }

    private static void add(List<Row> rows, Row row, TableLimits limits, String name) {
        if (rows.size() >= limits.maxRows()) {
            throw ReadIssues.refused("read:limit", name, Messages.READ_TOO_MANY_ROWS.text(limits.maxRows()));
        }
        rows.add(row);
    }

    /**
     * Writes one sheet whose first row is a bold header, then the rows ({@link String}s,
     * {@link Number}s, {@code null} for empty), to {@code out} (not closed). Text that a spreadsheet
     * would run as a formula is neutralised, as catalogs' tables are.
     */
    public static void writeXlsx(OutputStream out, String sheet, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        try (XlsxOut x = new XlsxOut(out)) {
            x.sheet(sheet, header);
            for (List<?> row : rows) {
                x.row(row);
            }
        }
    }
}
