package com.example.render;

import java.io.IOException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.schema.ValidationReport;

/** A validation report as CSV (RFC 4180) for a spreadsheet: a header, then one row per issue. */
public final class CsvReportRenderer implements Renderer<ValidationReport> {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Class<ValidationReport> type() {
        return ValidationReport.class;
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public void render(ValidationReport report, RenderContext context, Appendable out) throws IOException {
        out.append(context.pick("级别,规则,位置,行,列,单元格,说明", "severity,rule,pointer,line,column,cell,message")).append("\r\n");
        for (Issue i : report.issues()) {
            out.append(i.severity().label(context.locale())).append(',')
                    .append(field(i.rule())).append(',')
                    .append(field(i.pointer())).append(',')
                    .append(i.line() == null ? "" : i.line().toString()).append(',')
                    .append(i.column() == null ? "" : i.column().toString()).append(',')
                    .append(field(i.cell())).append(',')
                    .append(field(i.message(context.locale()))).append("\r\n");
        }
    }

    /** A field quoted when it holds a comma, a quote or a line break; inner quotes doubled. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
