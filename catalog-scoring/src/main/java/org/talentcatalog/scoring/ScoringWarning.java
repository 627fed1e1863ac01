package org.talentcatalog.scoring;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.LocalizedText;

/**
 * A warning in a scoring result (e.g. an AHP consistency ratio ≥ 0.1): a stable code and the text in
 * Chinese and English.
 *
 * @param code a stable machine code, e.g. {@code AHP_INCONSISTENT}
 * @param zh the Chinese text
 * @param en the English text
 */
public record ScoringWarning(String code, String zh, String en) {

    /** Checks for nulls. */
    public ScoringWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** A warning whose text is in Chinese and English. */
    public ScoringWarning(String code, LocalizedText text) {
        this(code, text.zh(), text.en());
    }

    /** The text in the reader's language (English for English locales, Chinese otherwise). */
    public String text(@Nullable Locale locale) {
        return Languages.isEnglish(locale) ? en : zh;
    }
}
