package org.talentcatalog.lifecycle;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;

/**
 * One thing a catalog lacks for the status it was asked to move to, at the JSON Pointer of the
 * member that lacks it.
 *
 * @param rule the id of the rule or guard that found it, e.g. {@code R5} or {@code L2}
 * @param pointer where in the catalog ({@code ""} for the whole document)
 * @param message what is missing, in Chinese and English
 */
public record Shortfall(String rule, String pointer, LocalizedText message) {

    /** Checks that no component is null. */
    public Shortfall {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** The message in a language (English for English locales, Chinese otherwise). */
    public String message(@Nullable Locale locale) {
        return message.in(locale);
    }

    /** {@code [rule] /pointer: message} in a language. */
    public String line(@Nullable Locale locale) {
        return "[" + rule + "] " + (pointer.isEmpty() ? "/" : pointer) + ": " + message(locale);
    }
}
