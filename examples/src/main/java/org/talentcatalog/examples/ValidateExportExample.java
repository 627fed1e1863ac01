package org.talentcatalog.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.talentcatalog.model.Issue;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;

/**
 * How a vendor checks an export before delivering it: one shared validator, one report, one line per
 * issue with its place in the file. Run with the path of a catalog file.
 */
public final class ValidateExportExample {

    private ValidateExportExample() {
    }

    /** Validates the file and returns the lines a build pipeline would print. */
    public static String check(Path file, Locale locale) {
        CatalogValidator validator = CatalogValidator.standard(); // build once, share across threads
        ValidationReport report = validator.validate(file);
        StringBuilder out = new StringBuilder();
        for (Issue issue : report.issues()) {
            out.append(file.getFileName()).append(':').append(issue.line()).append(':').append(issue.column())
                    .append(' ').append(issue.severity()).append(' ').append(issue.rule())
                    .append(' ').append(issue.message(locale)).append('\n');
        }
        out.append(report.valid() ? "OK" : "INVALID").append(" (").append(report.errorCount()).append(" errors, ")
                .append(report.warningCount()).append(" warnings)\n");
        return out.toString();
    }

    /** Prints the check of the file named by the first argument. */
    public static void main(String[] args) {
        System.out.print(check(Path.of(args[0]), Locale.CHINESE));
    }
}
