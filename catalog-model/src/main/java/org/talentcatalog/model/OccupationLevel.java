package org.talentcatalog.model;

/**
 * The level of a code in 《中华人民共和国职业分类大典（2022年版）》: 大类, 中类, 小类, 细类 (职业).
 * {@link #number()} is the level as the shipped list writes it (1–4).
 */
public enum OccupationLevel implements Labelled {
    /** 大类, e.g. {@code 2-00-00-00}. */
    MAJOR_GROUP("大类", "major group"),
    /** 中类, e.g. {@code 2-02-00-00}. */
    SUB_MAJOR_GROUP("中类", "sub-major group"),
    /** 小类, e.g. {@code 2-02-38-00}. */
    MINOR_GROUP("小类", "minor group"),
    /** 细类 (职业), the occupation itself, e.g. {@code 2-02-38-09} or {@code 6-31-05-00}. */
    OCCUPATION("细类（职业）", "occupation");

    private final String zh;
    private final String en;

    OccupationLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The level number of the list, 1 ({@link #MAJOR_GROUP}) to 4 ({@link #OCCUPATION}). */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The level with the given number.
     *
     * @throws IllegalArgumentException unless {@code number} is 1 to 4
     */
    public static OccupationLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("an occupation level is 1 to 4, not " + number);
        }
        return values()[number - 1];
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
