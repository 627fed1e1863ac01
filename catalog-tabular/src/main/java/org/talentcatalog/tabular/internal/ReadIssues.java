package org.talentcatalog.tabular.internal;

import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.tabular.TabularException;

/** The issues of reading a table: problems it notes as it goes, and the refusal of a file it cannot read. */
public final class ReadIssues {

    private ReadIssues() {
    }

    /**
     * An error of the table ({@code read:*}): it cannot be converted without loss or guess.
     *
     * @param pointer the value concerned, or {@code null} for the table's layout (a column header)
     * @param cell the cell, row, sheet or other place, or {@code null}
     */
    public static Issue error(String rule, String pointer, String cell, LocalizedText text) {
        return Issue.of(Severity.ERROR, Layer.READ, rule, pointer, text).inCell(cell);
    }

    /** A warning of the table ({@code read:*}): read, but worth a look. */
    public static Issue warning(String rule, String pointer, String cell, LocalizedText text) {
        return Issue.of(Severity.WARNING, Layer.READ, rule, pointer, text).inCell(cell);
    }

    /** The refusal of a file that cannot be read at all, at the place reading stopped (or {@code null}). */
    public static TabularException refused(String rule, String cell, LocalizedText text) {
        return new TabularException(Issue.unreadableInput(rule, cell, text));
    }

    /**
     * A problem of a CSV file's side file as a problem of the table: placed in the side file
     * ({@code name:line:column}, as far as known), not in the table, so it has no line of its own;
     * the table itself was read.
     */
    public static Issue inSideFile(String name, Issue problem) {
        String at = problem.line() == null ? name
                : name + ":" + problem.line() + (problem.column() == null ? "" : ":" + problem.column());
        return new Issue(problem.severity(), problem.layer(), problem.rule(), null, null, null, at, problem.text(), false);
    }
}
