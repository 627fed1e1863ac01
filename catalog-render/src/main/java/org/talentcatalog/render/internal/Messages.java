package org.talentcatalog.render.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-render (renderer lookup and the validation text report's summary), keyed in {@code org/talentcatalog/render/messages*.properties}. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    RENDERER_UNKNOWN("renderer.unknown"),
    RENDERER_NONE("renderer.none"),
    VALIDATION_OMITTED("validation.omitted"),
    VALIDATION_SUMMARY("validation.summary"),
    VALIDATION_VALID("validation.valid"),
    VALIDATION_INVALID("validation.invalid"),
    RENDERER_NOUN("renderer.noun"),
    RENDERER_NO_MEDIA_TYPE("renderer.noMediaType");

    /** The bundle's base name. */
    public static final String BUNDLE = "org.talentcatalog.render.messages";

    private final String key;

    Messages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ResourceBundle bundle(Locale locale) {
        // Loaded on behalf of this module: works on the module path and on the class path.
        return Languages.bundle(locale, l -> ResourceBundle.getBundle(BUNDLE, l, Messages.class.getModule()));
    }
}
