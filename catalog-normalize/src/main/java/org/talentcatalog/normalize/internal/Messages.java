package org.talentcatalog.normalize.internal;

import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-normalize, keyed in {@code messages*.properties} beside it; a test checks
 * every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    LABELLED_UNKNOWN_CODE,
    LABELLED_BLANK_TITLE,
    DATA_MISSING,
    DATA_MALFORMED,
    CANDIDATES_RANGE,
    CONFIDENCE_MALFORMED,
    REVIEWED_MALFORMED_CODE,
    REVIEWED_UNKNOWN_CODE,
    REVIEWED_UNKNOWN_CODE_CLOSEST,
    REVIEWED_MISSING_COLUMNS,
    REVIEWED_BLANK_TITLE,
    REVIEWED_TOO_MANY,
    RULE_R19
}
