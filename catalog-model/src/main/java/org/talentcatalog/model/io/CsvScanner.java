package org.talentcatalog.model.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.internal.Messages;

/**
 * The tokenizer behind {@link CsvReader}: reads one record at a time into reused arrays, checking
 * {@link CsvLimits} as characters arrive. Unquoted cells are copied a run at a time from the input
 * buffer. Not thread-safe.
 */
final class CsvScanner {

    final String source;
    private final Reader reader;
    private final int maxCell;
    private final int maxRecord;
    private final int maxColumns;
    private final boolean lenient;
    private final boolean skipLong;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private boolean started;
    private boolean eof;
    private int line = 1;
    private int column = 1;
    private int rows;

    char[] chars = new char[256];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] lines = new int[16];
    int[] columns = new int[16];
    boolean[] skipped = new boolean[16];
    boolean[] quoted = new boolean[16];
    int count;
    int recordLine;
    int row;
    private int used;
    private int cellFrom;
    private int cellLine;
    private int cellColumn;
    private boolean cellSkipped;
    private boolean cellQuoted;

    CsvScanner(Reader reader, String source, CsvLimits limits, boolean lenient, boolean skipLong) {
        this.reader = reader;
        this.source = source;
        this.maxCell = limits.maxCellChars();
        this.maxRecord = limits.maxRecordChars();
        this.maxColumns = limits.maxColumns();
        this.lenient = lenient;
        this.skipLong = skipLong;
    }

    boolean next() {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
                column = 1;
            }
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                count = 0;
                return false;
            }
            if (c != '\n' && c != '\r') {
                break;
            }
            readLineEnd();
            rows++;
        }
        count = 0;
        used = 0;
        recordLine = line;
        row = ++rows;
        while (true) {
            readField();
            int c = peek();
            if (c == ',') {
                read();
                continue;
            }
            if (c == '\r' || c == '\n') {
                readLineEnd();
            }
            return true;
        }
    }

    private void readField() {
        cellFrom = used;
        cellLine = line;
        cellColumn = column;
        cellSkipped = false;
        cellQuoted = peek() == '"';
        if (cellQuoted) {
            read();
            quoted();
            if (!lenient) {
                add();
                return;
            }
        }
        unquoted();
        add();
    }

    private void quoted() {
        while (true) {
            int c = read();
            if (c < 0) {
                throw problem(CsvException.Problem.UNCLOSED_QUOTE, cellLine, cellColumn, Messages.CSV_UNCLOSED_QUOTE.text());
            }
            if (c == '"') {
                if (peek() != '"') {
                    int after = peek();
                    if (!lenient && after >= 0 && after != ',' && after != '\r' && after != '\n') {
                        throw problem(CsvException.Problem.AFTER_CLOSING_QUOTE, line, column, Messages.CSV_AFTER_CLOSING_QUOTE.text());
                    }
                    return;
                }
                read();
            }
            if (keep(1, true)) {
                chars[used++] = (char) c;
            }
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
                column = 1;
            }
        }
    }

    private void unquoted() {
        while (true) {
            if (pos == length) {
                fill();
                if (pos == length) {
                    return;
                }
            }
            char[] b = buffer;
            int i = pos;
            int lim = length;
            while (i < lim) {
                char c = b[i];
                if (c == ',' || c == '\n' || c == '\r' || c == '"') {
                    break;
                }
                i++;
            }
            int n = i - pos;
            if (keep(n, false)) {
                System.arraycopy(b, pos, chars, used, n);
                used += n;
            }
            column += n;
            pos = i;
            if (i == lim) {
                continue;
            }
            if (b[i] != '"') {
                return;
            }
            if (!lenient) {
                throw problem(CsvException.Problem.QUOTE_IN_UNQUOTED, line, column, Messages.CSV_QUOTE_IN_UNQUOTED.text());
            }
            read();
            if (keep(1, false)) {
                chars[used++] = '"';
            }
        }
    }

    /** Whether {@code n} more characters of the cell are kept: within the limits, and the cell not skipped. */
    private boolean keep(int n, boolean quoted) {
        if (cellSkipped) {
            return false;
        }
        if (used - cellFrom + n > maxCell) {
            if (!skipLong) {
                throw problem(CsvException.Problem.CELL_TOO_LONG, cellLine, cellColumn,
                        (quoted ? Messages.CSV_QUOTED_CELL_TOO_LONG : Messages.CSV_CELL_TOO_LONG).text(maxCell));
            }
            cellSkipped = true;
            used = cellFrom;
            return false;
        }
        if (used + count + n > maxRecord) {
            throw recordTooLong();
        }
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        }
        return true;
    }

    private void add() {
        if (count == maxColumns) {
            throw problem(CsvException.Problem.TOO_MANY_COLUMNS, cellLine, cellColumn, Messages.CSV_TOO_MANY_COLUMNS.text(maxColumns));
        }
        if (used + count >= maxRecord) {
            throw recordTooLong();
        }
        if (count == starts.length) {
            int n = count * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            skipped = Arrays.copyOf(skipped, n);
            quoted = Arrays.copyOf(quoted, n);
        }
        starts[count] = cellFrom;
        ends[count] = used;
        lines[count] = cellLine;
        columns[count] = cellColumn;
        skipped[count] = cellSkipped;
        quoted[count] = cellQuoted;
        count++;
    }

    private CsvException recordTooLong() {
        return new CsvException(CsvException.Problem.RECORD_TOO_LONG, source, recordLine, null, row, count,
                Messages.CSV_RECORD_TOO_LONG.text(maxRecord));
    }

    private CsvException problem(CsvException.Problem problem, int atLine, int atColumn, LocalizedText text) {
        return new CsvException(problem, source, atLine, atColumn, row, count, text);
    }

    private void readLineEnd() {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
        column = 1;
    }

    private int peek() {
        if (pos == length) {
            fill();
        }
        return pos < length ? buffer[pos] : -1;
    }

    private int read() {
        int c = peek();
        if (c >= 0) {
            pos++;
            column++;
        }
        return c;
    }

    private void fill() {
        if (eof) {
            return;
        }
        try {
            int n = reader.read(buffer, 0, buffer.length);
            eof = n < 0;
            length = Math.max(n, 0);
            pos = 0;
        } catch (CharacterCodingException e) {
            throw problem(CsvException.Problem.UNDECODABLE, line, column, Messages.CSV_UNDECODABLE.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
