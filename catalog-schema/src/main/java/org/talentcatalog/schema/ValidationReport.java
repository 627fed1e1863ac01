package org.talentcatalog.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Severity;

/**
 * The outcome of validating one document: its issues in document order, and how many more were
 * found beyond the validator's cap.
 *
 * @param issues the issues, sorted by place in the document (line, column, then pointer)
 * @param omitted how many further issues were found but not kept (0 unless the cap was reached)
 * @param errorCount errors found in total, kept or not
 * @param warningCount warnings found in total, kept or not
 */
public record ValidationReport(List<Issue> issues, int omitted, int errorCount, int warningCount) {

    /** Copies the list. */
    public ValidationReport {
        issues = List.copyOf(issues);
    }

    /** A report of the given issues, none omitted. */
    public static ValidationReport of(List<Issue> issues) {
        int errors = (int) issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        int warnings = (int) issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        return new ValidationReport(issues, 0, errors, warnings);
    }

    /**
     * This report for a document whose positions were given alone (a table without its catalog-level
     * members, as {@code CatalogDocument.positionsOnly()} in catalog-tabular tells): the issues at
     * {@code /positions} and below, and the reader's own ({@link Layer#READ}), which say what is
     * missing; the issues about catalog-level members, which were not given, are dropped, and the
     * counts with them. Issues omitted beyond the cap stay counted.
     */
    public ValidationReport positionsOnly() {
        List<Issue> kept = issues.stream().filter(ValidationReport::aboutPositions).toList();
        int errors = errorCount;
        int warnings = warningCount;
        for (Issue i : issues) {
            if (!aboutPositions(i)) {
                errors -= i.severity() == Severity.ERROR ? 1 : 0;
                warnings -= i.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        return new ValidationReport(kept, omitted, errors, warnings);
    }

    private static boolean aboutPositions(Issue i) {
        String p = i.pointer();
        return i.layer() == Layer.READ || p != null && (p.equals("/positions") || p.startsWith("/positions/"));
    }

    /** Whether the document has no error (warnings allowed). */
    public boolean valid() {
        return errorCount == 0;
    }

    /** The issues with the given rule id. */
    public List<Issue> issues(String rule) {
        return issues.stream().filter(i -> i.rule().equals(rule)).toList();
    }

    /**
     * The report as JSON: {@code {"valid", "errors", "warnings", "issues": [{"severity", "rule",
     * "pointer", "line", "column", "message"}]}}, plus {@code "omitted"} when the cap was reached and
     * an issue's {@code "cell"} (after {@code "column"}) when the document was read from a table.
     * Messages are in the given locale.
     */
    public String toJson(Locale locale) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.setPrettyPrinter(CatalogJson.canonicalPrinter());
            g.writeStartObject();
            g.writeBooleanField("valid", valid());
            g.writeNumberField("errors", errorCount);
            g.writeNumberField("warnings", warningCount);
            if (omitted > 0) {
                g.writeNumberField("omitted", omitted);
            }
            g.writeArrayFieldStart("issues");
            for (Issue i : issues) {
                g.writeStartObject();
                g.writeStringField("severity", i.severity().name());
                g.writeStringField("rule", i.rule());
                if (i.pointer() == null) {
                    g.writeNullField("pointer");
                } else {
                    g.writeStringField("pointer", i.pointer());
                }
                writeInt(g, "line", i.line());
                writeInt(g, "column", i.column());
                if (i.cell() != null) {
                    g.writeStringField("cell", i.cell());
                }
                g.writeStringField("message", i.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void writeInt(JsonGenerator g, String name, @Nullable Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
