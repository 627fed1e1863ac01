package org.talentcatalog.model;

/**
 * The category of a position (岗位类别, seed 六).
 */
public enum JobCategory implements Labelled {
    /** 理论研究类. */
    BASIC_RESEARCH("理论研究类", "basic research"),
    /** 应用技术类. */
    APPLIED_TECHNOLOGY("应用技术类", "applied technology"),
    /** 战略管理类. */
    STRATEGIC_MANAGEMENT("战略管理类", "strategic management"),
    /** 业务经办类. */
    BUSINESS_OPERATIONS("业务经办类", "business operations");

    private final String zh;
    private final String en;

    JobCategory(String zh, String en) {
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
