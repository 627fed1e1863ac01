package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writing CSV (RFC 4180): cells quoted when they need it, formula characters neutralised, CRLF line
 * ends. Reading is {@link CsvRows}'. Stateless.
 */
public final class CsvFiles {

    private CsvFiles() {
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
