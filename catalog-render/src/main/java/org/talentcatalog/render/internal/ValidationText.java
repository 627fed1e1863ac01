package org.talentcatalog.render.internal;

import java.io.IOException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.schema.ValidationReport;

/**
 * A validation report for a terminal ({@code text}): errors first, then warnings and notes, one
 * {@code source:line:column  severity  rule  pointer  message} line each ({@code source:岗位!E12 …} for
 * a table cell), then a summary line. Without a source in the context, lines start at the location.
 */
public final class ValidationText implements Renderer<ValidationReport> {

    /** Creates the renderer. */
    public ValidationText() {
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Class<ValidationReport> type() {
        return ValidationReport.class;
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(ValidationReport report, RenderContext ctx, Appendable out) throws IOException {
        String given = ctx.source();
        String source = given == null || given.isEmpty() ? null : given;
        for (Severity severity : Severity.values()) {
            for (Issue i : report.issues()) {
                if (i.severity() == severity) {
                    out.append(line(source, i, ctx)).append('\n');
                }
            }
        }
        if (report.omitted() > 0) {
            out.append(Messages.VALIDATION_OMITTED.format(ctx.locale(), report.omitted()))
                    .append('\n');
        }
        Messages verdict = report.valid() ? Messages.VALIDATION_VALID : Messages.VALIDATION_INVALID;
        out.append(source == null ? "" : source + ": ").append(Messages.VALIDATION_SUMMARY.format(ctx.locale(),
                verdict.text(), report.errorCount(), report.warningCount())).append('\n');
    }

    private static String line(String source, Issue i, RenderContext ctx) {
        StringBuilder sb = new StringBuilder(source == null ? "" : source);
        String sep = source == null ? "" : ":";
        if (i.cell() != null) {
            sb.append(sep).append(i.cell());
        } else if (i.line() != null) {
            sb.append(sep).append(i.line()).append(':').append(i.column() == null ? 1 : i.column());
        }
        if (sb.length() > 0) {
            sb.append("  ");
        }
        sb.append(i.severity().label(ctx.locale())).append("  ").append(i.rule());
        if (i.pointer() != null) {
            sb.append("  ").append(i.pointer().isEmpty() ? "/" : i.pointer());
        }
        return sb.append("  ").append(i.message(ctx.locale())).toString();
    }
}
