package org.talentcatalog.model;

/**
 * A demand-survey method (seed 四).
 */
public enum SurveyMethod implements Labelled {
    /** 典型调查. */
    TYPICAL_SURVEY("典型调查", "typical survey"),
    /** 实地调研. */
    FIELD_RESEARCH("实地调研", "field research"),
    /** 第三方数据应用. */
    THIRD_PARTY_DATA("第三方数据应用", "third-party data"),
    /** 问卷调查. */
    QUESTIONNAIRE("问卷调查", "questionnaire"),
    /** 访谈. */
    INTERVIEW("访谈", "interview");

    private final String zh;
    private final String en;

    SurveyMethod(String zh, String en) {
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
