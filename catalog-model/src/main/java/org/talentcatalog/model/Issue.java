package org.talentcatalog.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an input, the same for every module: a finding of the validator, a problem
 * of the table reader, and what {@link CatalogJsonException}, the table reader's and the scoring
 * engine's exceptions carry.
 *
 * <p>Every part of the place is {@code null} when unknown or not applicable; a known line or column
 * is at least 1.
 *
 * @param severity how serious it is
 * @param layer where it was found; a validator merges the findings of several layers by it
 * @param rule the stable id: {@code R1}…{@code R18} or an embedder's own id, {@code schema:<keyword>},
 *     {@code model:<constraint>}, {@code read:<problem>} or {@code scoring:<area>}
 * @param pointer the RFC 6901 JSON Pointer of the value concerned (root {@code ""}), or {@code null}
 *     when the problem has no place in the document (an unreadable file, a table's column header)
 * @param line the 1-based line in the JSON document, or {@code null} when unknown
 * @param column the 1-based column in characters, or {@code null} when unknown
 * @param cell the place when it is not a line of the JSON document: a table cell such as
 *     {@code 岗位!E12} (sheet, column, row) or {@code E12} (CSV), a whole row {@code 岗位!12:12}, a
 *     sheet, a place in a CSV file's side file {@code a.catalog.json:3:5}, an entry of a workbook,
 *     or for scoring the place in its input or configuration ({@code samples.csv:12:5},
 *     {@code $.weighting.pairwise}); {@code null} when none
 * @param text the message in Chinese and English
 * @param unreadable whether the input could not be read at all (missing, a directory, an I/O
 *     failure, beyond a size limit, no workbook, a zip bomb…): nothing else about it can be said, and
 *     the command line exits 2. Only an error of the {@link Layer#READ read} layer is unreadable;
 *     a problem the reader can place in the text (bad syntax, invalid UTF-8, a depth limit) is not.
 */
public record Issue(Severity severity, Layer layer, String rule, String pointer, Integer line, Integer column,
        String cell, LocalizedText text, boolean unreadable) {

    /** Checks the required parts and the place. */
    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        if (line != null && line < 1 || column != null && column < 1) {
            throw new IllegalArgumentException(
                    "line and column are 1-based, or null when unknown: " + line + ":" + column);
        }
        if (unreadable && (layer != Layer.READ || severity != Severity.ERROR)) {
            throw new IllegalArgumentException("only an error of the read layer makes an input unreadable");
        }
    }

    /** An issue at a pointer (or none), without line, column or cell. */
    public static Issue of(Severity severity, Layer layer, String rule, String pointer, LocalizedText text) {
        return new Issue(severity, layer, rule, pointer, null, null, null, text, false);
    }

    /**
     * The error for an input that could not be read at all.
     *
     * @param rule the id, e.g. {@code read:io}, {@code read:limit}, {@code read:zipBomb}
     * @param cell where reading stopped when known (a row, a workbook entry), or {@code null}
     * @param text the message in Chinese and English
     */
    public static Issue unreadableInput(String rule, String cell, LocalizedText text) {
        return new Issue(Severity.ERROR, Layer.READ, rule, null, null, null, cell, text, true);
    }

    /** The message in the given locale: Chinese unless English is asked for. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** A copy at the given line and column ({@code null} when unknown). */
    public Issue locatedAt(Integer newLine, Integer newColumn) {
        return new Issue(severity, layer, rule, pointer, newLine, newColumn, cell, text, unreadable);
    }

    /** A copy located at the given table cell or other place ({@code null}: none). */
    public Issue inCell(String newCell) {
        return new Issue(severity, layer, rule, pointer, line, column, newCell, text, unreadable);
    }

    /** A copy at the given JSON Pointer ({@code null}: none). */
    public Issue withPointer(String newPointer) {
        return new Issue(severity, layer, rule, newPointer, line, column, cell, text, unreadable);
    }

    /**
     * One line for logs and assertion messages: the place (line and column, cell, pointer), the
     * severity, the rule id and the Chinese message, e.g. {@code 岗位!K7 [/positions/5/requirements]
     * ERROR read:value 无法识别的学历要求…}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (line != null) {
            sb.append(line).append(column == null ? "" : ":" + column).append(' ');
        }
        if (cell != null) {
            sb.append(cell).append(' ');
        }
        if (pointer != null) {
            sb.append('[').append(pointer.isEmpty() ? "/" : pointer).append("] ");
        }
        return sb.append(severity.name()).append(' ').append(rule).append(' ').append(text.zh()).toString();
    }
}
