package org.talentcatalog.render.internal;

import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-render (renderer lookup and the validation text report's summary), keyed in {@code messages*.properties} beside it. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    RENDERER_UNKNOWN,
    RENDERER_NONE,
    VALIDATION_OMITTED,
    VALIDATION_SUMMARY,
    VALIDATION_VALID,
    VALIDATION_INVALID,
    RENDERER_NOUN,
    RENDERER_NO_MEDIA_TYPE;
}
