package org.talentcatalog.lifecycle.internal;

import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-lifecycle, keyed in {@code messages*.properties} beside it. A constant per
 * key, so a key used in code always exists here, and a test checks every constant against the
 * Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    TRANSITION_NO_STATUS,
    TRANSITION_NOT_ALLOWED,
    TRANSITION_NONE_ALLOWED,
    TRANSITION_DATE_BEFORE_LAST,
    TRANSITION_RULE_ERROR,
    TRANSITION_NEEDS_EXPERT_REVIEW,
    TRANSITION_NEEDS_CLOSED_CONSULTATION,
    TRANSITION_COMMENT_UNANSWERED,
    TRANSITION_COMMENT_NO_REASON,
    MEMBERS_NOT_ARRAY,
    MEMBERS_ITEM_NOT_OBJECT,
    MEMBERS_ITEM_BAD,
    SCORES_TOO_LARGE,
    SCORES_NOT_JSON,
    SCORES_NO_POSITIONS,
    SCORES_BAD_MEMBER,
    RENEW_VERSION_NOT_LATER,
    RENEW_NEW_POSITION_INCOMPLETE,
    MD_TITLE,
    MD_GROUPS,
    MD_DID_HEADING,
    MD_DID_HEADER,
    MD_DID_NOTE,
    MD_LISTED_WITHOUT_LEVEL,
    MD_UNLISTED,
    MD_LEVEL_COUNT,
    MD_LEVEL_HEADER,
    MD_BACKTEST_HEADING,
    MD_BACKTEST,
    MD_BACKTEST_MOVES,
    MD_INDICATOR_DEMAND_SUPPLY_RATIO,
    MD_INDICATOR_VACANCIES,
    MD_INDICATOR_UNFILLED_RATE,
    MD_INDICATOR_DAYS_TO_FILL,
    MD_INDICATOR_SALARY_PREMIUM,
    MD_INDICATOR_DIFFICULTY
}
