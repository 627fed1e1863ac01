package org.talentcatalog.postings.internal;

import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-postings, keyed in {@code messages*.properties} beside it; a test checks
 * every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    LIMIT_ENTRIES,
    MISSING_COLUMN,
    EMPTY_CELL,
    BAD_DATE,
    BAD_NUMBER,
    BAD_PERIOD,
    SALARY_ORDER,
    CLOSED_BEFORE_POSTED,
    JSON_SYNTAX,
    JSON_NOT_OBJECT,
    JSON_BAD_TYPE,
    LINE_TOO_LONG,
    EMPTY_FILE,
    SINCE_AFTER_LAST,
    WARNING_UNCODED,
    WARNING_NO_PREVIOUS
}
