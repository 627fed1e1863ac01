package org.talentcatalog.model;

import java.util.Locale;

/**
 * A document that cannot be read or bound as a catalog: not JSON, too large or too deep, or with a
 * member of the wrong type, an unknown member or an unknown code.
 *
 * <p>It says where: the JSON Pointer of the offending value (RFC 6901, root {@code ""}) and its
 * 1-based line and column in characters, each when known. {@link #getMessage()} is in Chinese with
 * the location; {@link #message(Locale)} gives the bare message in either language.
 */
public final class CatalogJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String pointer;
    private final int line;
    private final int column;
    private final LocalizedText text;

    /**
     * @param problem a stable id of the problem, e.g. {@code read:syntax}, {@code read:limit},
     *     {@code bind:unknownMember}
     * @param pointer the JSON Pointer, or {@code null} when unknown
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param text the message in Chinese and English
     */
    public CatalogJsonException(String problem, String pointer, int line, int column, LocalizedText text) {
        super(format(pointer, line, column, text.zh()));
        this.problem = problem;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.text = text;
    }

    private static String format(String pointer, int line, int column, String message) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append(line).append(':').append(column).append(' ');
        }
        if (pointer != null) {
            sb.append('[').append(pointer.isEmpty() ? "/" : pointer).append("] ");
        }
        return sb.append(message).toString();
    }

    /** The stable id of the problem, e.g. {@code read:syntax}. */
    public String problem() {
        return problem;
    }

    /** The JSON Pointer of the offending value, or {@code null} when unknown. */
    public String pointer() {
        return pointer;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column in characters, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without location in the given locale (Chinese unless English is asked for). */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** The message in both languages. */
    public LocalizedText text() {
        return text;
    }

    /** A copy located at the given line and column. */
    public CatalogJsonException at(int newLine, int newColumn) {
        return new CatalogJsonException(problem, pointer, newLine, newColumn, text);
    }
}
