package org.talentcatalog.model.constraints;

/**
 * Where the messages of the model's constraints live: a resource bundle in Chinese (the default)
 * and English, separate from the application's own {@code ValidationMessages} so that neither
 * hides the other. Hibernate Validator users pass it to a {@code PlatformResourceBundleLocator}.
 */
public final class ConstraintMessages {

    /** The base name of the bundle. */
    public static final String BUNDLE = "org.talentcatalog.model.ValidationMessages";

    private ConstraintMessages() {
    }
}
