package org.talentcatalog.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A user-facing message: a stable key in a module's {@code messages*.properties} bundle (Chinese in
 * the base file, English in {@code _en}, further languages one file each), formatted with
 * {@link MessageFormat} arguments {@code {0}}, {@code {1}}, ... Modules list their keys as enum
 * constants, so a key used in code always exists in the enum that a test checks against the bundles.
 *
 * <p>An argument that is a {@link LocalizedText} or a {@link Labelled} code comes out in the
 * bundle's language; any other argument as by {@link String#valueOf(Object)} (no locale-dependent
 * number grouping): format numbers beforehand where a specific form is wanted.
 */
public interface MessageKey {

    /** The key in the bundle, e.g. {@code rule.R10.regionUnknown}. */
    String key();

    /**
     * The bundle holding this key for a locale, normally
     * {@code Languages.bundle(locale, l -> ResourceBundle.getBundle(NAME, l, getClass().getModule()))}.
     */
    ResourceBundle bundle(Locale locale);

    /**
     * The message in the language {@link Languages} decides for a locale.
     *
     * @param locale the wanted locale, or {@code null} for Chinese
     * @param arguments the values of {@code {0}}, {@code {1}}, ...
     */
    default String format(Locale locale, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        Locale language = bundle.getLocale();
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            shown[i] = a instanceof LocalizedText t ? t.in(language)
                    : a instanceof Labelled l ? l.label(language) : String.valueOf(a);
        }
        return new MessageFormat(bundle.getString(key()), Locale.ROOT).format(shown);
    }

    /** The message in Chinese and English, e.g. for an issue's text. */
    default LocalizedText text(Object... arguments) {
        return LocalizedText.of(format(Locale.ROOT, arguments), format(Locale.ENGLISH, arguments));
    }
}
