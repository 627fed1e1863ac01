package org.talentcatalog.model.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.talentcatalog.model.io.CsvException;
import org.talentcatalog.model.io.CsvLimits;
import org.talentcatalog.model.io.CsvReader;

/**
 * The rows of a code list file (the shipped reference lists and users' files in the same format):
 * UTF-8 CSV read by {@link CsvReader} within {@link CsvLimits#defaults()}, a header row that must
 * start with the given columns, empty lines ignored. Stateless.
 */
public final class CodeListFile {

    private CodeListFile() {
    }

    /** One data row. */
    public interface Row {
        /** The 1-based line the row starts on. */
        int line();

        /** The cell at {@code i}, trimmed; empty when the row is shorter. */
        String get(int i);
    }

    /** Takes the data rows one at a time. */
    @FunctionalInterface
    public interface Sink {
        /** Takes one row; valid only during the call. */
        void accept(Row row);
    }

    /**
     * Reads the rows after a header that must start with the given columns.
     *
     * @param in the CSV (not closed)
     * @param header the first columns of the header row
     * @param sink takes each data row
     * @throws java.io.UncheckedIOException when reading fails
     * @throws IllegalArgumentException when the header is missing or different, or the text is not
     *     CSV within the limits (naming the line and column)
     */
    public static void read(InputStream in, List<String> header, Sink sink) {
        CsvReader csv = CsvReader.builder().source("").charset(StandardCharsets.UTF_8).lenientQuotes(true)
                .read(in); // not closed: the caller's stream
        Row row = new Row() {
            @Override
            public int line() {
                return csv.line();
            }

            @Override
            public String get(int i) {
                return csv.field(i).strip();
            }
        };
        try {
            if (!csv.next() || !startsWith(csv, header)) {
                throw new IllegalArgumentException("a code list file starts with the header " + String.join(",", header));
            }
            while (csv.next()) {
                if (csv.size() > 1 || !csv.field(0).isBlank()) {
                    sink.accept(row);
                }
            }
        } catch (CsvException e) {
            throw new IllegalArgumentException("line " + e.line() + (e.column() == null ? "" : ", column " + e.column())
                    + ": " + e.text().enOrZh(), e);
        }
    }

    private static boolean startsWith(CsvReader csv, List<String> header) {
        if (csv.size() < header.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!csv.field(i).strip().equals(header.get(i))) {
                return false;
            }
        }
        return true;
    }
}
