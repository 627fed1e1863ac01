package org.talentcatalog.lifecycle;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * An input of the lifecycle (a scoring result, a survey wave, a comments sheet) that cannot be used:
 * {@link #place()} says where (a file with line and column, a JSON Pointer or a sheet cell) and
 * {@link #text()} what is wrong, in Chinese and English.
 */
public final class LifecycleInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String place;
    private final transient LocalizedText text;

    /**
     * @param place where, e.g. {@code scores.json:12:5} or {@code comments.csv:3:2}
     * @param text what is wrong
     */
    public LifecycleInputException(String place, LocalizedText text) {
        super(null, null, false, false);
        this.place = Objects.requireNonNull(place, "place");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Where the problem is. */
    public String place() {
        return place;
    }

    /** What is wrong, in Chinese and English. */
    public LocalizedText text() {
        return text;
    }

    /** {@code place: message} in a language (English for English locales, Chinese otherwise). */
    public String describe(@Nullable Locale locale) {
        return place + ": " + text.in(locale);
    }

    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }
}
