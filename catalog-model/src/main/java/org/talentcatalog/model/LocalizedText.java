package org.talentcatalog.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;

/**
 * A text in Chinese and, optionally, English: {@code {"zh": "...", "en": "..."}}.
 *
 * <p>{@code zh} is required and non-blank; both are at most 200 code points (a position's
 * {@code description} allows 4000, checked where it is used). Immutable.
 *
 * @param zh the Chinese text (required)
 * @param en the English text, or {@code null} when absent
 */
public record LocalizedText(
        @NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @Nullable String zh,
        @NonBlank @Nullable String en) {

    /** A text in Chinese only. */
    public static LocalizedText of(String zh) {
        return new LocalizedText(zh, null);
    }

    /** A text in Chinese and English. */
    public static LocalizedText of(String zh, @Nullable String en) {
        return new LocalizedText(zh, en);
    }

    /** The English text when present, the Chinese text otherwise. */
    public @Nullable String enOrZh() {
        return en != null ? en : zh;
    }

    /** The text for a locale: English for English locales when present, Chinese otherwise. */
    public @Nullable String in(java.util.@Nullable Locale locale) {
        return Languages.isEnglish(locale) ? enOrZh() : zh;
    }
}
