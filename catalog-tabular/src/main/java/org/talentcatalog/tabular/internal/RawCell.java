package org.talentcatalog.tabular.internal;

import org.talentcatalog.model.LocalizedText;

/**
 * One cell as a table source gives it, before its column reads it.
 *
 * @param text the text, neutralisation and XML escapes already undone ({@code ""} when empty)
 * @param numeric whether the spreadsheet stored a number
 * @param unreadable why the cell cannot be read (an error value, say), or {@code null}
 */
public record RawCell(String text, boolean numeric, LocalizedText unreadable) {

    /** An empty cell. */
    public static final RawCell EMPTY = new RawCell("", false, null);

    /** A text cell. */
    public static RawCell of(String text) {
        return new RawCell(text, false, null);
    }

    /** Whether the cell holds nothing but white space. */
    public boolean blank() {
        return unreadable == null && !org.talentcatalog.model.internal.Texts.isNonBlank(text);
    }
}
