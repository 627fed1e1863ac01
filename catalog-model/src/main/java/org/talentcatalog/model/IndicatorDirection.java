package org.talentcatalog.model;

/**
 * Whether a larger indicator value means more or less scarce.
 */
public enum IndicatorDirection implements Labelled {
    /** 正向 — A larger value means more scarce. */
    POSITIVE("正向", "positive"),
    /** 负向 — A larger value means less scarce. */
    NEGATIVE("负向", "negative");

    private final String zh;
    private final String en;

    IndicatorDirection(String zh, String en) {
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
