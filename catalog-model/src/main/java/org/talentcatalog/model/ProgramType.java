package org.talentcatalog.model;

/**
 * The kind of programme a special catalog serves (seed 三(三)).
 */
public enum ProgramType implements Labelled {
    /** 重大战略. */
    MAJOR_STRATEGY("重大战略", "major strategy"),
    /** 重大工程. */
    MAJOR_ENGINEERING("重大工程", "major engineering project"),
    /** 重大科技基础设施. */
    MAJOR_SCIENCE_FACILITY("重大科技基础设施", "major science and technology facility"),
    /** 重大项目. */
    MAJOR_PROJECT("重大项目", "major project");

    private final String zh;
    private final String en;

    ProgramType(String zh, String en) {
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
