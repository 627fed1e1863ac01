package org.talentcatalog.normalize;

import java.util.Locale;
import org.talentcatalog.model.LocalizedText;

/**
 * Bad input to a coder's builder (a labelled title with an unknown code, a blank title, an out-of-range
 * setting) or a damaged built-in data file. The message is in Chinese; {@link #describe} gives it in
 * another language.
 */
public final class NormalizeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /** An exception with the text in Chinese and English. */
    public NormalizeException(LocalizedText text) {
        super(text.zh());
        this.text = text;
    }

    /** The message in Chinese and English. */
    public LocalizedText text() {
        return text;
    }

    /** The message in the reader's language (English for an English locale, Chinese otherwise). */
    public String describe(Locale locale) {
        String s = text.in(locale);
        return s == null ? String.valueOf(text.zh()) : s;
    }
}
