package org.talentcatalog.scoring;

import java.util.Locale;
import org.talentcatalog.model.Languages;
import java.util.Objects;

/**
 * Bad input or configuration for scoring: carries where the problem is (file, line and column, or a
 * configuration member) and a message in Chinese (the default) and English.
 *
 * <p>Every error the scoring engine reports about its input is this exception; it never lets an
 * arithmetic error or a NaN through instead.
 */
public final class ScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String messageZh;
    private final String messageEn;

    /**
     * Creates an exception.
     *
     * @param location where the problem is, e.g. {@code samples.csv:12:5} or {@code $.weighting.pairwise}
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public ScoringException(String location, String messageZh, String messageEn) {
        super(location + ": " + messageZh);
        this.location = Objects.requireNonNull(location, "location");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Where the problem is: {@code file:line:column}, {@code file:line} or a JSON member path. */
    public String location() {
        return location;
    }

    /** The message in Chinese, without the location. */
    public String messageZh() {
        return messageZh;
    }

    /** The message in English, without the location. */
    public String messageEn() {
        return messageEn;
    }

    /**
     * One line with location and message in the reader's language.
     *
     * @param locale English for any English locale, Chinese otherwise (also for {@code null})
     * @return {@code location: message}
     */
    public String describe(Locale locale) {
        boolean en = Languages.isEnglish(locale);
        return location + ": " + (en ? messageEn : messageZh);
    }
}
