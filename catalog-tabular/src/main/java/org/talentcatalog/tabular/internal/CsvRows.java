package org.talentcatalog.tabular.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.io.CsvException;
import org.talentcatalog.model.io.CsvLimits;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.tabular.TableLimits;

/**
 * The rows of a CSV table, read by {@link CsvReader} in the given character set or the one it detects
 * (UTF-8 or GB18030), with quotes read as spreadsheets read them: each row as {@link RawCell}s with its
 * row number, an empty line as a row of one empty cell (so row numbers are a spreadsheet's). A cell
 * beyond the table's cell limit is not kept and is given as unreadable, and reading goes on.
 *
 * <p>What ends reading: a quoted cell the file ends in, a record of more than
 * {@link CsvLimits#DEFAULT_MAX_COLUMNS} cells or {@link CsvLimits#DEFAULT_MAX_RECORD_CHARS} characters
 * are errors at their cell, with the file's line and column, after the rows before them; bytes that do
 * not decode, and a file (or device) longer than the table's file limit, refuse the file. Stateless.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /**
     * Reads every row of {@code file} into {@code sink}.
     *
     * @param charset the character set, or {@code null} to detect it
     * @param problems receives the error that ended reading, if any
     * @throws org.talentcatalog.tabular.TabularException when the file is refused
     * @throws IOException when the file cannot be opened
     */
    public static void read(Path file, @Nullable Charset charset, TableLimits limits, List<Issue> problems,
            BiConsumer<List<RawCell>, Integer> sink) throws IOException {
        CsvLimits bounds = CsvLimits.defaults().withMaxCellChars(limits.maxCellChars());
        InputStream in = new Bounded(Files.newInputStream(file), limits.maxFileBytes());
        try (CsvReader csv = CsvReader.builder().source(String.valueOf(file.getFileName())).charset(charset).limits(bounds)
                .lenientQuotes(true).skipLongCells(true).read(in)) {
            try {
                int last = 0;
                while (csv.next()) {
                    for (int empty = last + 1; empty < csv.row(); empty++) {
                        sink.accept(List.of(RawCell.EMPTY), empty);
                    }
                    List<RawCell> cells = new ArrayList<>(csv.size());
                    for (int i = 0; i < csv.size(); i++) {
                        cells.add(csv.skipped(i) ? new RawCell("", false, Messages.TABLE_CELL_TOO_LONG_UNREAD.text(limits.maxCellChars()))
                                : RawCell.of(CellText.restore(csv.field(i))));
                    }
                    sink.accept(cells, csv.row());
                    last = csv.row();
                }
            } catch (CsvException e) {
                if (e.problem() == CsvException.Problem.UNDECODABLE) {
                    Charset read = Objects.requireNonNullElse(csv.charset(), StandardCharsets.UTF_8);
                    throw ReadIssues.refused("read:encoding", CellNames.cell(null, e.field(), e.row()),
                            Messages.READ_ENCODING.text(read.name()));
                }
                problems.add(problem(e));
            }
        }
    }

    /** The error of a CSV problem: at its cell, with the file's line (and column) in the issue and the message. */
    private static Issue problem(CsvException e) {
        Integer column = e.column();
        boolean syntax = e.problem() == CsvException.Problem.UNCLOSED_QUOTE;
        LocalizedText text = column == null ? Messages.READ_CSV_AT_LINE.text(e.text(), e.line())
                : Messages.READ_CSV_AT.text(e.text(), e.line(), column);
        return ReadIssues.error(syntax ? "read:syntax" : "read:limit", null, CellNames.cell(null, e.field(), e.row()), text)
                .locatedAt(e.line(), column);
    }

    /** A stream that refuses to give more than the table's file limit: a device or pipe has no size to check first. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw ReadIssues.refused("read:limit", null, Messages.READ_STREAM_TOO_LARGE.text(max));
            }
        }
    }
}
