package org.talentcatalog.scoring;

import java.util.Locale;
import java.util.Objects;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;

/**
 * Bad input or configuration for scoring. Its {@link #issue()} says what and where: the id
 * ({@code read:syntax} for a CSV or JSON file that does not parse, {@code scoring:input} for the
 * survey, indicator or rating data, {@code scoring:config} for the configuration,
 * {@code scoring:method} for a method that is undefined on these data), the place in
 * {@link Issue#cell()} (file, line and column, or a configuration member) and a message in Chinese
 * (the default) and English.
 *
 * <p>Every error the scoring engine reports about its input is this exception; it never lets an
 * arithmetic error or a NaN through instead.
 */
public final class ScoringException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    /** Not serialised: {@link #getMessage()} keeps the message and place. */
    private final transient Issue issue;

    /** @param issue what went wrong and where */
    public ScoringException(Issue issue) {
        super(describe(issue, Locale.CHINESE));
        this.issue = Objects.requireNonNull(issue, "issue");
    }

    /**
     * A CSV or JSON file that does not parse ({@code read:syntax}).
     *
     * @param location where, e.g. {@code samples.csv:12:5}
     */
    public static ScoringException syntax(String location, String messageZh, String messageEn) {
        return of(Layer.READ, "read:syntax", location, messageZh, messageEn);
    }

    /** As {@link #syntax(String, String, String)}, with the message in both languages. */
    public static ScoringException syntax(String location, LocalizedText text) {
        return syntax(location, text.zh(), text.enOrZh());
    }

    /**
     * Bad survey, indicator or rating data ({@code scoring:input}).
     *
     * @param location where, e.g. {@code samples.csv:12:5} or {@code samples.csv:1}
     */
    public static ScoringException input(String location, String messageZh, String messageEn) {
        return of(Layer.SCORING, "scoring:input", location, messageZh, messageEn);
    }

    /** As {@link #input(String, String, String)}, with the message in both languages. */
    public static ScoringException input(String location, LocalizedText text) {
        return input(location, text.zh(), text.enOrZh());
    }

    /**
     * A bad configuration member ({@code scoring:config}).
     *
     * @param location the member, e.g. {@code $.weighting.pairwise}
     */
    public static ScoringException config(String location, String messageZh, String messageEn) {
        return of(Layer.SCORING, "scoring:config", location, messageZh, messageEn);
    }

    /** As {@link #config(String, String, String)}, with the message in both languages. */
    public static ScoringException config(String location, LocalizedText text) {
        return config(location, text.zh(), text.enOrZh());
    }

    /**
     * A method that is undefined on these data, e.g. entropy weights of an all-zero indicator
     * ({@code scoring:method}).
     *
     * @param location what it concerns, e.g. {@code $.indicators.difficulty}
     */
    public static ScoringException method(String location, String messageZh, String messageEn) {
        return of(Layer.SCORING, "scoring:method", location, messageZh, messageEn);
    }

    /** As {@link #method(String, String, String)}, with the message in both languages. */
    public static ScoringException method(String location, LocalizedText text) {
        return method(location, text.zh(), text.enOrZh());
    }

    private static ScoringException of(Layer layer, String rule, String location, String zh, String en) {
        Objects.requireNonNull(location, "location");
        return new ScoringException(Issue.of(Severity.ERROR, layer, rule, null, LocalizedText.of(
                Objects.requireNonNull(zh, "messageZh"), Objects.requireNonNull(en, "messageEn"))).inCell(location));
    }

    /** What went wrong and where. */
    public Issue issue() {
        return issue;
    }

    /**
     * One line with location and message in the reader's language.
     *
     * @param locale English for any English locale, Chinese otherwise (also for {@code null})
     * @return {@code location: message}
     */
    public String describe(Locale locale) {
        return describe(issue, locale);
    }

    private static String describe(Issue issue, Locale locale) {
        return (issue.cell() == null ? "" : issue.cell() + ": ") + issue.message(locale);
    }
}
