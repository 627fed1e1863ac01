package org.talentcatalog.postings;

import java.util.Locale;
import java.util.Objects;
import org.talentcatalog.model.LocalizedText;

/**
 * Bad postings input, or a limit reached: where ({@code file:line:column}, or {@code file:line} for a
 * whole row; "" when not from a file) and a message in Chinese (the default) and English.
 */
public final class PostingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String zh;
    private final String en;

    /**
     * @param location where, e.g. {@code postings.csv:12:5}; "" if not from a file
     * @param text the message
     */
    public PostingsException(String location, LocalizedText text) {
        super((location.isEmpty() ? "" : location + ": ") + text.zh());
        this.location = Objects.requireNonNull(location, "location");
        this.zh = text.zh();
        this.en = text.enOrZh() == null ? text.zh() : text.enOrZh();
    }

    /** Where, e.g. {@code postings.csv:12:5}; "" if not from a file. */
    public String location() {
        return location;
    }

    /** The same error at a place (used when a limit is reached while a file is read). */
    public PostingsException at(String newLocation) {
        return new PostingsException(newLocation, LocalizedText.of(zh, en));
    }

    /**
     * One line, {@code location: message}, in the reader's language.
     *
     * @param locale English for any English locale, Chinese otherwise (also {@code null})
     */
    public String describe(@org.jspecify.annotations.Nullable Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return (location.isEmpty() ? "" : location + ": ") + (english ? en : zh);
    }
}
