package org.talentcatalog.normalize.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.normalize.LabelledTitle;

/**
 * Reads labelled titles from CSV text: a header row, then rows whose first column is the title and
 * second the code (the layout of job-titles-coded.csv: {@code job_name,expected_code,expected_name}).
 * Quoted fields may hold commas, doubled quotes and line breaks.
 */
public final class LabelledCsv {

    private LabelledCsv() {
    }

    /**
     * The rows after the header.
     *
     * @throws IllegalArgumentException naming the line of a row with fewer than two columns or a malformed code
     */
    public static List<LabelledTitle> read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<LabelledTitle> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int c;
        boolean header = true;
        boolean any = false;
        while ((c = r.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    r.mark(1);
                    int next = r.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            r.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            if (ch == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    r.mark(1);
                    if (r.read() != '\n') {
                        r.reset();
                    }
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    header = add(out, row, header, rowLine);
                }
                row.clear();
                field.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                if (ch != '\ufeff' || line > 1 || field.length() > 0 || !row.isEmpty()) {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            add(out, row, header, rowLine);
        }
        return out;
    }

    private static boolean add(List<LabelledTitle> out, List<String> row, boolean header, int line) {
        if (header) {
            return false;
        }
        if (row.size() < 2) {
            throw new IllegalArgumentException("line " + line + ": a title and a code are needed");
        }
        try {
            out.add(new LabelledTitle(row.get(0), row.get(1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
        }
        return false;
    }
}
