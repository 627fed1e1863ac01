package org.talentcatalog.model;

/**
 * A form of consultation on a draft catalog (seed 七).
 */
public enum ConsultationType implements Labelled {
    /** 部门座谈会. */
    DEPARTMENT_SEMINAR("部门座谈会", "department seminar"),
    /** 专家论证会. */
    EXPERT_REVIEW("专家论证会", "expert review"),
    /** 公开征求意见. */
    PUBLIC_CONSULTATION("公开征求意见", "public consultation");

    private final String zh;
    private final String en;

    ConsultationType(String zh, String en) {
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
