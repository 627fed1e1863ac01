package org.talentcatalog.model;

/**
 * Who issues a catalog (seed 十): the municipal or a district HR bureau.
 */
public enum CatalogLevel implements Labelled {
    /** 市级 — Jointly issued with the municipal HR bureau (市人力资源社会保障局). */
    MUNICIPAL("市级", "municipal"),
    /** 区级 — Jointly issued with a district HR bureau (区人力资源社会保障局). */
    DISTRICT("区级", "district");

    private final String zh;
    private final String en;

    CatalogLevel(String zh, String en) {
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
