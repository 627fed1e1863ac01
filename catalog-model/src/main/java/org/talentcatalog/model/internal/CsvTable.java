package org.talentcatalog.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV reader for the shipped reference lists and the user files in the same format: UTF-8
 * (a byte order mark is skipped), a header row, comma-separated fields, RFC 4180 quoting within one
 * line, blank lines ignored.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** One data row with its 1-based line number. */
    public record Row(int line, List<String> fields) {

        /** The field at {@code i}, trimmed; empty when the row is shorter. */
        public String get(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }
    }

    /**
     * Reads the rows after a header that must start with the given columns.
     *
     * @param in the CSV (not closed)
     * @throws IllegalArgumentException when the header is missing or different
     */
    public static List<Row> read(InputStream in, List<String> header) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = reader.readLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            if (first == null || !startsWith(split(first), header)) {
                throw new IllegalArgumentException("a code list file starts with the header " + String.join(",", header));
            }
            List<Row> rows = new ArrayList<>();
            int line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank()) {
                    rows.add(new Row(line, split(text)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(List<String> fields, List<String> header) {
        if (fields.size() < header.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!fields.get(i).strip().equals(header.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Splits one line into fields; a quoted field may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
