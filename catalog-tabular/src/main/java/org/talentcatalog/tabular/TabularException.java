package org.talentcatalog.tabular;

import java.util.Locale;
import org.talentcatalog.model.LocalizedText;

/**
 * A table that cannot be read at all: not a spreadsheet, a zip bomb, a cell or file beyond the
 * {@link TableLimits}, an I/O failure; or, from {@link CatalogDocument#toCatalog()}, a table whose
 * problems prevent conversion. {@link #getMessage()} is in Chinese with the place.
 */
public final class TabularException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String cell;
    private final transient LocalizedText text;

    /**
     * @param problem a stable id, e.g. {@code read:zipBomb}, {@code read:cellTooLarge}, {@code read:io}
     * @param cell the place (file part or cell), or {@code null}
     * @param text the message in Chinese and English
     */
    public TabularException(String problem, String cell, LocalizedText text) {
        super((cell == null ? "" : cell + ": ") + text.zh());
        this.problem = problem;
        this.cell = cell;
        this.text = text;
    }

    /** The stable id of the problem. */
    public String problem() {
        return problem;
    }

    /** The place, or {@code null}. */
    public String cell() {
        return cell;
    }

    /** The message without place in the given locale. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** The message in both languages. */
    public LocalizedText text() {
        return text;
    }
}
