package org.talentcatalog.model;

/**
 * The period a reference salary is quoted for.
 */
public enum SalaryPeriod implements Labelled {
    /** 年. */
    YEAR("年", "year"),
    /** 月. */
    MONTH("月", "month");

    private final String zh;
    private final String en;

    SalaryPeriod(String zh, String en) {
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
