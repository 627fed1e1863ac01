package org.talentcatalog.postings;

/** What postings are grouped by. */
public enum Grouping {
    /** A catalog's positions (titles matched by {@link org.talentcatalog.normalize.PositionMatcher}). */
    POSITION,
    /** 2022 occupation codes (titles coded by {@link org.talentcatalog.normalize.TitleCoder}). */
    OCCUPATION
}
