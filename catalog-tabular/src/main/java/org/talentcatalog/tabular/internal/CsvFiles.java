package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.talentcatalog.model.io.TextEncoding;

/**
 * CSV (RFC 4180) reading and writing, streaming, with the character set, UTF-8 or GB18030 (what
 * Chinese Windows Excel saves as "CSV"), detected by {@link TextEncoding}, which every CSV reader of
 * the library shares. A cell longer than the limit is not kept: it is given as unreadable, and
 * reading goes on. Stateless.
 */
public final class CsvFiles {

    /** The GB18030 character set. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFiles() {
    }

    /** Opens a fresh stream of the file's bytes. */
    @FunctionalInterface
    public interface Source {
        /** A new stream from the first byte. */
        InputStream open() throws IOException;
    }

    /** The character set of a CSV file, UTF-8 or GB18030, by the rule of {@link TextEncoding#detect(InputStream)}. */
    public static Charset detect(Source source) throws IOException {
        try (InputStream in = source.open()) {
            return TextEncoding.detect(in);
        }
    }

    /** A reader of the file in the given character set, without a leading byte order mark. */
    public static Reader open(Source source, Charset charset) throws IOException {
        InputStream in = source.open();
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new java.io.BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /**
     * Parses records, giving each with its 1-based record number. Quoted cells may hold separators,
     * quotes ({@code ""}) and line breaks.
     */
    public static void parse(Reader in, int maxCellChars, BiConsumer<List<RawCell>, Integer> sink) throws IOException {
        List<RawCell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean tooLong = false;
        int record = 1;
        int c;
        while ((c = in.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        tooLong = append(cell, '"', maxCellChars, tooLong);
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    tooLong = append(cell, (char) c, maxCellChars, tooLong);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(finish(cell, tooLong, maxCellChars));
                tooLong = false;
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                row.add(finish(cell, tooLong, maxCellChars));
                sink.accept(row, record++);
                row = new ArrayList<>();
                tooLong = false;
                wasQuoted = false;
            } else {
                tooLong = append(cell, (char) c, maxCellChars, tooLong);
            }
        }
        if (cell.length() > 0 || !row.isEmpty() || wasQuoted) {
            row.add(finish(cell, tooLong, maxCellChars));
            sink.accept(row, record);
        }
    }

    private static boolean append(StringBuilder cell, char c, int max, boolean tooLong) {
        if (tooLong || cell.length() >= max) {
            cell.setLength(0);
            return true;
        }
        cell.append(c);
        return false;
    }

    private static RawCell finish(StringBuilder cell, boolean tooLong, int max) {
        RawCell out = tooLong
                ? new RawCell("", false, Messages.TABLE_CELL_TOO_LONG_UNREAD.text(max))
                : RawCell.of(CellText.restore(cell.toString()));
        cell.setLength(0);
        return out;
    }

    /** Writes one record: cells quoted when they hold a comma, quote or line break; CRLF at the end. */
    public static void writeRow(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = cells.get(i);
            String s = v == null ? "" : v instanceof String text ? CellText.neutralise(text) : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                out.write('"');
                out.write(s.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(s);
            }
        }
        out.write("\r\n");
    }
}
