package org.talentcatalog.model;

/**
 * Where an {@link Issue} was found: the stage of reading or checking that reported it. A validator
 * that hears of one fault from several layers keeps one layer's issues by this, never by the
 * spelling of a rule id (docs/format.md, "Validation").
 */
public enum Layer implements Labelled {
    /**
     * 读取 — reading the input into a tree: file access, encoding, JSON syntax, read limits, and a
     * table's layout and cells (ids {@code read:*}).
     */
    READ("读取", "read"),
    /** 模式 — the JSON Schema (ids {@code schema:<keyword>}). */
    SCHEMA("模式", "schema"),
    /** 模型 — binding to the records and their constraints (ids {@code model:*}). */
    MODEL("模型", "model"),
    /** 规则 — the numbered rules of the format, R1–R18. */
    RULE("规则", "rule"),
    /** 自定义规则 — a rule added from outside, through {@code CatalogValidator.Builder.addRule}. */
    EMBEDDER("自定义规则", "embedder rule"),
    /** 评价 — the scoring engine's checks of its input, configuration and methods (ids {@code scoring:*}). */
    SCORING("评价", "scoring");

    private final String zh;
    private final String en;

    Layer(String zh, String en) {
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
