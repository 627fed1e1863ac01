package org.talentcatalog.model;

/**
 * The kind of a catalog (seed 三): 产业, 区域 or 专项人才目录.
 */
public enum CatalogKind implements Labelled {
    /** 产业人才目录 — An industry catalog, compiled per key industry (seed 三(一)). */
    INDUSTRY("产业人才目录", "industry catalog"),
    /** 区域人才目录 — A regional catalog, for a district or key area (seed 三(二)). */
    REGIONAL("区域人才目录", "regional catalog"),
    /** 专项人才目录 — A special catalog, for a major strategy, project or facility (seed 三(三)). */
    SPECIAL("专项人才目录", "special catalog");

    private final String zh;
    private final String en;

    CatalogKind(String zh, String en) {
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
