package org.talentcatalog.model;

/**
 * A source of demand-survey evidence (seed 四).
 */
public enum RespondentType implements Labelled {
    /** 用人单位. */
    EMPLOYER("用人单位", "employer"),
    /** 行业协会. */
    INDUSTRY_ASSOCIATION("行业协会", "industry association"),
    /** 人力资源服务机构. */
    HR_SERVICE_AGENCY("人力资源服务机构", "human resources service agency"),
    /** 科研院所. */
    RESEARCH_INSTITUTE("科研院所", "research institute"),
    /** 第三方数据. */
    THIRD_PARTY_DATA("第三方数据", "third-party data");

    private final String zh;
    private final String en;

    RespondentType(String zh, String en) {
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
