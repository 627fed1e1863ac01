package org.talentcatalog.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A user-facing message: a stable key in a module's {@code messages*.properties} bundle (Chinese in
 * the base file, English in {@code _en}, further languages one file each), formatted with
 * {@link MessageFormat} arguments {@code {0}}, {@code {1}}, ... Modules list their keys as enum
 * constants, so a key used in code always exists in the enum that a test
 * ({@link MessageBundles#problems(Class)}) checks against the bundles.
 *
 * <p>An enum needs nothing but its constants: the key is the constant's name in lower case with
 * {@code _} read as {@code .} ({@code READ_TOO_LARGE} is {@code read.too.large}), and the bundle is
 * {@code messages*.properties} in the enum's own package. The bundle is loaded on behalf of the
 * enum's module, so a named module opens that package to {@code org.talentcatalog.model}
 * ({@code opens my.pkg.internal to org.talentcatalog.model;}); on the class path nothing is needed.
 *
 * <p>An argument that is a {@link LocalizedText} or a {@link Labelled} code comes out in the
 * bundle's language; any other argument as by {@link String#valueOf(Object)} (no locale-dependent
 * number grouping): format numbers beforehand where a specific form is wanted.
 */
public interface MessageKey {

    /** The constant's name, e.g. {@code RULE_R10_REGION_UNKNOWN} (what an enum's {@code name()} gives). */
    String name();

    /** The key in the bundle: the name in lower case, {@code _} read as {@code .}, e.g. {@code rule.r10.region.unknown}. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /**
     * The bundle holding this key for a locale, as {@link Languages} chooses it: the
     * {@code messages} bundle in the package of this key's class.
     */
    default ResourceBundle bundle(Locale locale) {
        Class<?> owner = getClass();
        String base = owner.getPackageName() + ".messages";
        return Languages.bundle(locale, l -> ResourceBundle.getBundle(base, l, owner.getModule()));
    }

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
