package org.talentcatalog.model;

/** How serious an {@link Issue} is. Only {@link #ERROR} makes a document invalid. */
public enum Severity implements Labelled {
    /** 错误 — the document does not conform. */
    ERROR("错误", "error"),
    /** 警告 — the document conforms but something looks wrong. */
    WARNING("警告", "warning"),
    /** 提示 — for information. */
    INFO("提示", "info");

    private final String zh;
    private final String en;

    Severity(String zh, String en) {
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
