package org.talentcatalog.render;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Languages;

/**
 * What a rendering depends on besides the value: the language (Chinese by default, English for an
 * English locale) and, optionally, the name of the source the value came from (a file name, which
 * the text validation report puts before each location). Immutable.
 */
public final class RenderContext {

    private static final RenderContext DEFAULTS = new RenderContext(Locale.CHINESE, null);

    private final Locale locale;
    private final @Nullable String source;

    private RenderContext(Locale locale, @Nullable String source) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.source = source;
    }

    /** Chinese, no source. */
    public static RenderContext defaults() {
        return DEFAULTS;
    }

    /** The given language, no source. */
    public static RenderContext of(Locale locale) {
        return new RenderContext(locale, null);
    }

    /** This context with the name of the value's source, such as the file it was read from. */
    public RenderContext withSource(String name) {
        return new RenderContext(locale, Objects.requireNonNull(name, "name"));
    }

    /** The locale of the rendering. */
    public Locale locale() {
        return locale;
    }

    /** The name of the value's source, or {@code null} when none was given. */
    public @Nullable String source() {
        return source;
    }

    /** Whether the rendering is in English (an English locale); otherwise it is in Chinese. */
    public boolean english() {
        return Languages.isEnglish(locale);
    }

    /** The English text for an English locale, the Chinese text otherwise. */
    public String pick(String zh, String en) {
        return english() ? en : zh;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RenderContext c && locale.equals(c.locale) && Objects.equals(source, c.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, source);
    }

    @Override
    public String toString() {
        return "RenderContext[" + locale + (source == null ? "" : ", " + source) + "]";
    }
}
