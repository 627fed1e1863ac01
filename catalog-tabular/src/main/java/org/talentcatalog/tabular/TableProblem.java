package org.talentcatalog.tabular;

import java.util.Locale;
import java.util.Objects;
import org.talentcatalog.model.LocalizedText;

/**
 * A problem the table reader found: an unknown or missing column, an unreadable cell, a word it does
 * not know, a merged cell. Validators turn it into an issue of their report.
 *
 * @param error {@code true} for an error (the table cannot be converted without loss or guess),
 *     {@code false} for a warning
 * @param rule a stable id, {@code read:<problem>} (e.g. {@code read:unknownColumn}, {@code read:value})
 * @param pointer the JSON Pointer of the value concerned, or {@code null} when the problem is about
 *     the table's layout rather than a value (a column header, say)
 * @param cell the cell, e.g. {@code 岗位!E12} (XLSX) or {@code E12} (CSV), or another readable place
 *     (a whole row {@code 岗位!12:12}, a side file {@code a.catalog.json:3:5}); {@code null} when none
 * @param text the message in Chinese and English
 */
public record TableProblem(boolean error, String rule, String pointer, String cell, LocalizedText text) {

    /** Checks the required parts. */
    public TableProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }

    /** The message in the given locale (Chinese unless English is asked for). */
    public String message(Locale locale) {
        return text.in(locale);
    }

    @Override
    public String toString() {
        return (cell == null ? "" : cell + " ") + (error ? "ERROR " : "WARNING ") + rule + " " + text.zh();
    }
}
