package org.talentcatalog.model;

import java.util.Objects;

/**
 * A document that cannot be read or bound as a catalog: not JSON, too large or too deep, or with a
 * member of the wrong type, an unknown member or an unknown code.
 *
 * <p>Its {@link #issue()} says what and where: the rule id ({@code read:*} for reading,
 * {@code model:*} for binding, the same ids the validator reports), the JSON Pointer of the
 * offending value and its 1-based line and column, each {@code null} when unknown, and whether the
 * file could not be read at all ({@link Issue#unreadable()}). {@link #getMessage()} is in Chinese
 * with the location.
 */
public final class CatalogJsonException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    /** Not serialised: {@link #getMessage()} keeps the message and place. */
    private final transient Issue issue;

    /** @param issue what went wrong and where */
    public CatalogJsonException(Issue issue) {
        super(format(issue));
        this.issue = Objects.requireNonNull(issue, "issue");
    }

    private static String format(Issue issue) {
        StringBuilder sb = new StringBuilder();
        if (issue.line() != null) {
            sb.append(issue.line()).append(issue.column() == null ? "" : ":" + issue.column()).append(' ');
        }
        if (issue.pointer() != null) {
            sb.append('[').append(issue.pointer().isEmpty() ? "/" : issue.pointer()).append("] ");
        }
        return sb.append(issue.text().zh()).toString();
    }

    /** What went wrong and where. */
    public Issue issue() {
        return issue;
    }

    /** A copy located at the given line and column ({@code null} when unknown). */
    public CatalogJsonException locatedAt(Integer line, Integer column) {
        return new CatalogJsonException(issue.locatedAt(line, column));
    }
}
