package org.talentcatalog.scoring.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.talentcatalog.model.io.CsvLimits;
import org.talentcatalog.scoring.ScoringException;

/**
 * A small, fast RFC 4180 tokenizer: streams records from a reader, tolerates a leading BOM, accepts
 * LF and CRLF line ends, quoted fields with doubled quotes and embedded line breaks, and remembers
 * the line and column where each field starts so that callers can report bad cells precisely.
 *
 * <p>Bounded: a cell or record longer than its {@link CsvLimits} is a located error, so an unclosed
 * quote cannot pull the rest of a file into memory; bytes the reader cannot decode are a located error
 * too.
 *
 * <p>Allocation-light: a record's fields are kept as ranges of one reused {@code char[]}
 * ({@link #chars()}, {@link #start(int)}, {@link #end(int)}); a {@code String} is made only when
 * {@link #field(int)} asks for one.
 *
 * <p>Not thread-safe; one instance reads one input.
 */
public final class CsvTokenizer {

    private final Reader reader;
    private final String source;
    private final int maxCell;
    private final int maxRecord;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private boolean eof;
    private boolean started;

    private int line = 1;
    private int column = 1;

    private char[] chars = new char[256];
    private int used;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] fieldLines = new int[16];
    private int[] fieldColumns = new int[16];
    private int count;
    private int recordLine;
    private int cellFrom;
    private int cellLine;
    private int cellColumn;

    /**
     * @param reader the CSV text
     * @param source the file name used in error locations
     */
    public CsvTokenizer(Reader reader, String source) {
        this(reader, source, CsvLimits.defaults());
    }

    /**
     * @param reader the CSV text
     * @param source the file name used in error locations
     * @param limits the longest cell and record
     */
    public CsvTokenizer(Reader reader, String source, CsvLimits limits) {
        this.reader = reader;
        this.source = source;
        this.maxCell = limits.maxCellChars();
        this.maxRecord = limits.maxRecordChars();
    }

    /** The file name used in error locations. */
    public String source() {
        return source;
    }

    /**
     * Reads the next record, skipping completely empty lines.
     *
     * @return false at the end of the input
     */
    public boolean next() {
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
                return false;
            }
            if (c == '\n' || c == '\r') {
                readLineEnd();
                continue;
            }
            break;
        }
        count = 0;
        used = 0;
        recordLine = line;
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
        int startLine = line;
        int startColumn = column;
        int from = used;
        cellFrom = from;
        cellLine = startLine;
        cellColumn = startColumn;
        if (peek() == '"') {
            read();
            while (true) {
                int c = read();
                if (c < 0) {
                    throw ScoringException.syntax(source + ":" + startLine + ":" + startColumn, Messages.CSV_UNCLOSED_QUOTE.text());
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                        continue;
                    }
                    int after = peek();
                    if (after >= 0 && after != ',' && after != '\r' && after != '\n') {
                        throw ScoringException.syntax(source + ":" + line + ":" + column, Messages.CSV_AFTER_CLOSING_QUOTE.text());
                    }
                    break;
                }
                if (c == '\r' && peek() == '\n') {
                    read();
                    append('\n');
                    newLine();
                    continue;
                }
                append((char) c);
                if (c == '\n' || c == '\r') {
                    newLine();
                }
            }
        } else {
            while (true) {
                if (pos == length) {
                    fill();
                    if (pos == length) {
                        break;
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
                bound(n, false);
                if (used + n > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
                }
                System.arraycopy(b, pos, chars, used, n);
                used += n;
                column += n;
                pos = i;
                if (i < lim) {
                    if (b[i] == '"') {
                        throw ScoringException.syntax(source + ":" + line + ":" + column, Messages.CSV_QUOTE_IN_UNQUOTED.text());
                    }
                    break;
                }
            }
        }
        add(from, used, startLine, startColumn);
    }

    private void append(char c) {
        bound(1, true);
        if (used == chars.length) {
            chars = Arrays.copyOf(chars, used * 2);
        }
        chars[used++] = c;
    }

    /** Checks that {@code n} more characters keep the cell and the record within their limits. */
    private void bound(int n, boolean quoted) {
        if (used - cellFrom + n > maxCell) {
            throw ScoringException.syntax(source + ":" + cellLine + ":" + cellColumn,
                    (quoted ? Messages.CSV_QUOTED_CELL_TOO_LONG : Messages.CSV_CELL_TOO_LONG).text(maxCell));
        }
        if (used + count + n > maxRecord) {
            throw recordTooLong();
        }
    }

    private ScoringException recordTooLong() {
        return ScoringException.syntax(source + ":" + recordLine, Messages.CSV_RECORD_TOO_LONG.text(maxRecord));
    }

    private void add(int from, int to, int fieldLine, int fieldColumn) {
        if (used + count >= maxRecord) {
            throw recordTooLong();
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            fieldLines = Arrays.copyOf(fieldLines, count * 2);
            fieldColumns = Arrays.copyOf(fieldColumns, count * 2);
        }
        starts[count] = from;
        ends[count] = to;
        fieldLines[count] = fieldLine;
        fieldColumns[count] = fieldColumn;
        count++;
    }

    private void readLineEnd() {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        newLine();
    }

    private void newLine() {
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
            if (n < 0) {
                eof = true;
                length = 0;
            } else {
                length = n;
            }
            pos = 0;
        } catch (CharacterCodingException e) {
            throw ScoringException.syntax(source + ":" + line, Messages.CSV_UNDECODABLE.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of fields in the current record. */
    public int size() {
        return count;
    }

    /** The field at {@code index} (0-based) of the current record, or "" if the record is shorter. */
    public String field(int index) {
        return index < count ? new String(chars, starts[index], ends[index] - starts[index]) : "";
    }

    /**
     * The characters of the current record's fields (valid until the next {@link #next()}); field
     * {@code i} is {@code chars()[start(i), end(i))}.
     */
    public char[] chars() {
        return chars;
    }

    /** Where field {@code index} starts in {@link #chars()}; a missing field is empty. */
    public int start(int index) {
        return index < count ? starts[index] : 0;
    }

    /** Where field {@code index} ends (exclusive) in {@link #chars()}. */
    public int end(int index) {
        return index < count ? ends[index] : 0;
    }

    /** The line on which the current record starts (1-based). */
    public int line() {
        return recordLine;
    }

    /** The location {@code file:line:column} of a field of the current record. */
    public String location(int index) {
        if (index < count) {
            return source + ":" + fieldLines[index] + ":" + fieldColumns[index];
        }
        return source + ":" + recordLine;
    }

    /** A copy of the current record's fields. */
    public String[] record() {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = field(i);
        }
        return out;
    }
}
