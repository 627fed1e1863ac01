package org.talentcatalog.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.talentcatalog.model.constraints.ConstraintMessages;

/**
 * Hibernate Validator's parameter-only interpolation over the model's own message bundle
 * ({@link ConstraintMessages#BUNDLE}), Chinese by default.
 *
 * <p>Why not {@code new ParameterMessageInterpolator(...)}: in Hibernate Validator 9.0.1 its public
 * constructors are {@code ()}, {@code (Set<Locale>, Locale, boolean)} and
 * {@code (Set<Locale>, Locale, LocaleResolver, boolean)} (checked with {@code javap}); none takes a
 * {@code ResourceBundleLocator}, so it can only read the default {@code ValidationMessages} bundle.
 * {@link AbstractMessageInterpolator} has the constructor
 * {@code (ResourceBundleLocator, Set<Locale>, Locale, LocaleResolver, boolean)}; this class uses it and
 * resolves {@code {attribute}} terms from the constraint's attributes exactly as
 * {@code ParameterMessageInterpolator} does, never evaluating {@code ${…}} expressions, so no
 * Jakarta EL implementation is needed.
 */
public final class ModelMessageInterpolator extends AbstractMessageInterpolator {

    /** The locales the bundle has. */
    public static final Set<Locale> LOCALES = Set.of(Locale.CHINESE, Locale.ENGLISH);

    /** An interpolator whose default locale is Chinese. */
    public ModelMessageInterpolator() {
        super(new PlatformResourceBundleLocator(ConstraintMessages.BUNDLE), LOCALES, Locale.CHINESE,
                context -> context.getDefaultLocale(), false);
    }

    @Override
    protected String interpolate(Context context, Locale locale, String term) {
        if (term.startsWith("$")) {
            return term; // an EL expression: left as it is, like ParameterMessageInterpolator
        }
        String name = term.substring(1, term.length() - 1);
        Object value = context.getConstraintDescriptor().getAttributes().get(name);
        if (value == null) {
            return term;
        }
        return value.getClass().isArray() ? Arrays.toString((Object[]) value) : String.valueOf(value);
    }
}
