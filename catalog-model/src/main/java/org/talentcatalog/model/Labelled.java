package org.talentcatalog.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A code with a Chinese label (shown to people by default) and an English label.
 *
 * <p>Every enumeration of the exchange format implements this interface; its {@code name()} is the
 * code written in JSON.
 */
public interface Labelled {

    /** The code as written in the exchange format, e.g. {@code VERY_SCARCE}. */
    String code();

    /** The Chinese label, e.g. {@code 非常紧缺}. */
    String zh();

    /** The English label, e.g. {@code very scarce}. */
    String en();

    /**
     * The label in the given locale: English for any English locale, Chinese otherwise.
     *
     * @param locale the reader's locale; {@code null} means Chinese
     * @return the label, never {@code null}
     */
    default String label(@Nullable Locale locale) {
        return Languages.isEnglish(locale) ? en() : zh();
    }
}
