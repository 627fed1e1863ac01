package org.talentcatalog.model;

/**
 * A support policy attached to a position (转化应用, seed 八).
 */
public enum Policy implements Labelled {
    /** 人才引进. */
    TALENT_INTRODUCTION("人才引进", "talent introduction"),
    /** 落户. */
    RESIDENCE("落户", "residence registration"),
    /** 培训. */
    TRAINING("培训", "training"),
    /** 评价. */
    EVALUATION("评价", "evaluation"),
    /** 激励. */
    INCENTIVE("激励", "incentive"),
    /** 安居. */
    HOUSING("安居", "housing"),
    /** 服务. */
    SERVICE("服务", "service");

    private final String zh;
    private final String en;

    Policy(String zh, String en) {
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
