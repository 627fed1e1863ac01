package org.talentcatalog.model.constraints;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentcatalog.model.Languages;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the messages of the model's constraints from {@link ConstraintMessages#BUNDLE}, in
 * Chinese by default and in English for English locales, with no expression language: a template
 * {@code {key}} is looked up in the bundle and {@code {attribute}} is replaced by the constraint's
 * attribute (e.g. {@code {value}}, {@code {regexp}}). Templates it cannot resolve go to the fallback
 * interpolator when one is given. Thread-safe.
 *
 * <pre>{@code
 * Validator validator = Validation.byDefaultProvider().configure()
 *         .messageInterpolator(new CatalogMessageInterpolator())
 *         .buildValidatorFactory().getValidator();
 * }</pre>
 */
public final class CatalogMessageInterpolator implements MessageInterpolator {

    private static final Pattern PARAM = Pattern.compile("\\{([^{}]+)}");

    private final @Nullable MessageInterpolator fallback;
    private final Locale defaultLocale;

    /** Chinese by default, no fallback. */
    public CatalogMessageInterpolator() {
        this(null, Locale.CHINESE);
    }

    /**
     * @param fallback resolves templates that are not the model's (e.g. the engine's default), or
     *     {@code null}
     * @param defaultLocale the locale of {@link #interpolate(String, Context)}
     */
    public CatalogMessageInterpolator(@Nullable MessageInterpolator fallback, @Nullable Locale defaultLocale) {
        this.fallback = fallback;
        this.defaultLocale = defaultLocale == null ? Locale.CHINESE : defaultLocale;
    }

    @Override
    public String interpolate(String template, @Nullable Context context) {
        return interpolate(template, context, defaultLocale);
    }

    @Override
    public String interpolate(String template, @Nullable Context context, @Nullable Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Map<String, Object> attributes = context == null || context.getConstraintDescriptor() == null
                ? Map.of() : context.getConstraintDescriptor().getAttributes();
        StringBuilder out = new StringBuilder();
        Matcher m = PARAM.matcher(template);
        boolean unresolved = false;
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (bundle.containsKey(name)) {
                replacement = substitute(bundle.getString(name), attributes);
            } else if (attributes.containsKey(name)) {
                replacement = String.valueOf(attributes.get(name));
            } else {
                replacement = m.group();
                unresolved = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (unresolved && fallback != null) {
            return fallback.interpolate(template, context, locale);
        }
        return out.toString();
    }

    private static String substitute(String message, Map<String, ? extends @Nullable Object> attributes) {
        Matcher m = PARAM.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = attributes.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ResourceBundle bundle(@Nullable Locale locale) {
        Locale wanted = Languages.isEnglish(locale) ? Locale.ENGLISH : Locale.CHINESE;
        try {
            // On behalf of this module: works on the module path, where a class loader and a
            // ResourceBundle.Control may not be used from a named module, and on the class path.
            // Both wanted bundles exist, so the default locale is never consulted.
            return ResourceBundle.getBundle(ConstraintMessages.BUNDLE, wanted,
                    CatalogMessageInterpolator.class.getModule());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message bundle " + ConstraintMessages.BUNDLE + " is missing", e);
        }
    }
}
