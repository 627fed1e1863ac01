package org.talentcatalog.cli;

import java.io.PrintWriter;
import org.talentcatalog.schema.Issue;
import org.talentcatalog.schema.Severity;
import org.talentcatalog.schema.ValidationReport;

/**
 * Prints a report for a terminal: errors first, then warnings and notes, one
 * {@code file:line:column  severity  rule  pointer  message} line each ({@code file:岗位!E12 …} for a
 * table cell), then a summary.
 */
final class TextReport {

    private final Language lang;

    TextReport(Language lang) {
        this.lang = lang;
    }

    void print(String file, ValidationReport report, PrintWriter out) {
        for (Severity severity : Severity.values()) {
            for (Issue i : report.issues()) {
                if (i.severity() == severity) {
                    out.println(line(file, i));
                }
            }
        }
        if (report.omitted() > 0) {
            out.println(lang.pick("……另有 " + report.omitted() + " 个问题未列出", "… and " + report.omitted() + " more issues not listed"));
        }
        String verdict = report.valid() ? lang.pick("通过", "valid") : lang.pick("未通过", "invalid");
        out.println(lang.pick(
                file + ": " + verdict + "，" + report.errorCount() + " 个错误，" + report.warningCount() + " 个警告",
                file + ": " + verdict + ", " + report.errorCount() + " error(s), " + report.warningCount() + " warning(s)"));
    }

    private String line(String file, Issue i) {
        StringBuilder sb = new StringBuilder(file);
        if (i.cell() != null) {
            sb.append(':').append(i.cell());
        } else if (i.line() != null) {
            sb.append(':').append(i.line()).append(':').append(i.column() == null ? 1 : i.column());
        }
        sb.append("  ").append(i.severity().label(lang.locale()))
                .append("  ").append(i.rule());
        if (i.pointer() != null) {
            sb.append("  ").append(i.pointer().isEmpty() ? "/" : i.pointer());
        }
        return sb.append("  ").append(i.message(lang.locale())).toString();
    }
}
