package org.talentcatalog.model;

/**
 * The minimum education a position requires (学历, seed 六), highest first.
 *
 * <p>{@link #rank()} orders the degrees: a higher rank is a higher degree, and
 * {@link #UNSPECIFIED} (不限) has rank 0.
 */
public enum Education implements Labelled {
    /** 博士研究生 — doctorate. */
    DOCTORATE("博士研究生", "doctorate", 6),
    /** 硕士研究生 — master's degree. */
    MASTER("硕士研究生", "master's degree", 5),
    /** 大学本科 — bachelor's degree. */
    BACHELOR("大学本科", "bachelor's degree", 4),
    /** 大学专科 — associate degree. */
    ASSOCIATE("大学专科", "associate degree", 3),
    /** 中职及技工 — secondary vocational or technical school. */
    VOCATIONAL("中职及技工", "secondary vocational", 2),
    /** 高中 — high school. */
    HIGH_SCHOOL("高中", "high school", 1),
    /** 不限 — no requirement. */
    UNSPECIFIED("不限", "unspecified", 0);

    private final String zh;
    private final String en;
    private final int rank;

    Education(String zh, String en, int rank) {
        this.zh = zh;
        this.en = en;
        this.rank = rank;
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

    /** 6 for a doctorate down to 1 for high school; 0 for {@link #UNSPECIFIED}. */
    public int rank() {
        return rank;
    }
}
