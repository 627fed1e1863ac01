package org.talentcatalog.model;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Decides which language a {@link Locale} gets, the same way in every module: Chinese by default
 * (also for {@code null}), English for English locales, and any other language for which a
 * message bundle exists (a third language is one {@code messages_xx.properties} file).
 */
public final class Languages {

    private Languages() {
    }

    /** Whether a locale gets the English text ({@code null} and every other language do not). */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * The bundle for a locale: the locale's language when a bundle for it exists, the base bundle
     * (Chinese) otherwise. The JVM's default locale is never consulted.
     *
     * @param locale the wanted locale, or {@code null} for Chinese
     * @param loader loads a bundle for a locale, e.g.
     *     {@code l -> ResourceBundle.getBundle(NAME, l, MyMessages.class.getModule())} (called from
     *     the bundle's own module, so it works on the module path and on the class path)
     * @return the bundle, never {@code null}
     */
    public static ResourceBundle bundle(Locale locale, Function<Locale, ResourceBundle> loader) {
        String language = locale == null ? "" : locale.getLanguage();
        if (!language.isEmpty() && !"zh".equals(language)) {
            ResourceBundle own = loader.apply(new Locale(language));
            if (language.equals(own.getLocale().getLanguage())) {
                return own;
            }
        }
        // The root locale finds the base bundle without falling back to the default locale.
        return loader.apply(Locale.ROOT);
    }
}
