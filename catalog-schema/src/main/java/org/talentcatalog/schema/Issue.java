package org.talentcatalog.schema;

import java.util.Locale;
import java.util.Objects;
import org.talentcatalog.model.LocalizedText;

/**
 * One finding of the validator.
 *
 * @param severity how serious it is
 * @param rule the stable rule id: {@code R1}…{@code R18}, {@code schema:<keyword>},
 *     {@code model:<constraint>} or {@code read:<problem>}
 * @param pointer the RFC 6901 JSON Pointer of the value concerned (root {@code ""}), or {@code null}
 *     when the problem has no place in the document (e.g. an unreadable file)
 * @param line 1-based line, or {@code null} when unknown
 * @param column 1-based column in characters, or {@code null} when unknown
 * @param text the message in Chinese and English
 * @param cell where the value sits in a table, e.g. {@code 岗位!E12} (sheet, column, row) or
 *     {@code E12} for a CSV file, when the document was read from a table; {@code null} otherwise
 */
public record Issue(Severity severity, String rule, String pointer, Integer line, Integer column, LocalizedText text,
        String cell) {

    /** Checks the required parts. */
    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }

    /** An issue of a JSON document (no table cell). */
    public Issue(Severity severity, String rule, String pointer, Integer line, Integer column, LocalizedText text) {
        this(severity, rule, pointer, line, column, text, null);
    }

    /** An issue without a known line and column. */
    public static Issue at(Severity severity, String rule, String pointer, LocalizedText text) {
        return new Issue(severity, rule, pointer, null, null, text);
    }

    /** The message in the given locale: Chinese unless English is asked for. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** A copy at the given line and column. */
    public Issue locatedAt(int newLine, int newColumn) {
        return new Issue(severity, rule, pointer, newLine, newColumn, text, cell);
    }

    /** A copy located at the given table cell. */
    public Issue inCell(String newCell) {
        return new Issue(severity, rule, pointer, line, column, text, newCell);
    }
}
