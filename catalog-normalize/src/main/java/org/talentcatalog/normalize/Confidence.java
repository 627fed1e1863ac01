package org.talentcatalog.normalize;

import org.talentcatalog.model.Labelled;

/**
 * How far to trust a coder's or a matcher's first answer. Calibrated by cross-validation on the
 * labelled titles: {@link #HIGH} answers are right about nine times in ten or more, {@link #LOW}
 * answers are guesses to be reviewed (README, "Job-title normalisation").
 */
public enum Confidence implements Labelled {
    /** Take the answer as it is: its score and its lead over the second are both large. */
    HIGH("高", "high"),
    /** Probably right, at least at the level of the answer code; worth a glance. */
    MEDIUM("中", "medium"),
    /** A guess: review it (or leave the row out, as survey aggregation does). */
    LOW("低", "low");

    private final String zh;
    private final String en;

    Confidence(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
