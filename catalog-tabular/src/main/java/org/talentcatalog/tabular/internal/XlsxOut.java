package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows to an XLSX sheet with fastexcel, streaming: text as inline strings (no shared-string
 * table held in memory), neutralised and XML-escaped; numbers as numbers; rows flushed every 1,000.
 */
public final class XlsxOut implements AutoCloseable {

    private final OutputStream out;
    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    /** A workbook written to {@code out} (flushed when the workbook is closed, not closed). */
    public XlsxOut(OutputStream out) {
        this.out = out;
        this.workbook = new Workbook(out, "talent-catalog", "1.0");
    }

    /** Starts a new sheet (finishing the previous one) whose first row is a bold header. */
    public void sheet(String name, List<String> header) throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheet = workbook.newWorksheet(name);
        row = 0;
        row(header);
        for (int c = 0; c < header.size(); c++) {
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
    }

    /** Appends a row of {@link String}s, {@link Number}s and {@code null}s (empty). */
    public void row(List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v != null && !v.toString().isEmpty()) {
                sheet.inlineString(row, c, CellText.escapeXml(CellText.neutralise(v.toString())));
            }
        }
        row++;
        if (row % 1000 == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        workbook.finish();
        out.flush(); // the workbook's library leaves the last bytes in a caller's buffered stream
    }
}
