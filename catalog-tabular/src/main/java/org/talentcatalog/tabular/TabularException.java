package org.talentcatalog.tabular;

import java.util.Objects;
import org.talentcatalog.model.Issue;

/**
 * A table that cannot be read at all: not a spreadsheet, a zip bomb, a cell or file beyond the
 * {@link TableLimits}, an I/O failure ({@link Issue#unreadable()} is true); or, from
 * {@link CatalogDocument#toCatalog()}, a table whose problems prevent conversion (its first error, or
 * the value that does not bind, placed in its cell). {@link #getMessage()} is in Chinese with the
 * place.
 */
public final class TabularException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    /** Not serialised: {@link #getMessage()} keeps the message and place. */
    private final transient Issue issue;

    /** @param issue what went wrong and where */
    public TabularException(Issue issue) {
        super((issue.cell() == null ? "" : issue.cell() + ": ") + issue.text().zh()
                + (issue.pointer() == null ? "" : " [" + (issue.pointer().isEmpty() ? "/" : issue.pointer()) + "]"));
        this.issue = Objects.requireNonNull(issue, "issue");
    }

    /** What went wrong and where: the rule id, the cell or other place, the value's pointer if any. */
    public Issue issue() {
        return issue;
    }
}
