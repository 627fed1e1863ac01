package org.talentcatalog.model;

/**
 * How the contractor (承接机构) that compiles a catalog was chosen (seed 七).
 */
public enum ContractorSelection implements Labelled {
    /** 揭榜挂帅. */
    OPEN_COMPETITION("揭榜挂帅", "open competition"),
    /** 招标. */
    TENDER("招标", "tender"),
    /** 指定. */
    DESIGNATED("指定", "designated");

    private final String zh;
    private final String en;

    ContractorSelection(String zh, String en) {
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
