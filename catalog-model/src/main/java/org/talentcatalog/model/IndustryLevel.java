package org.talentcatalog.model;

/**
 * The level of a code in GB/T 4754-2017 国民经济行业分类: 门类, 大类, 中类, 小类. {@link #number()} is
 * the level as the shipped list writes it (1–4); the code of level n has n digits, except a 门类,
 * which is one letter.
 */
public enum IndustryLevel implements Labelled {
    /** 门类, a letter, e.g. {@code C} 制造业. */
    SECTION("门类", "section"),
    /** 大类, two digits, e.g. {@code 39}. */
    DIVISION("大类", "division"),
    /** 中类, three digits, e.g. {@code 397}. */
    GROUP("中类", "group"),
    /** 小类, four digits, e.g. {@code 3973} 集成电路制造. */
    CLASS("小类", "class");

    private final String zh;
    private final String en;

    IndustryLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The level number of the list, 1 ({@link #SECTION}) to 4 ({@link #CLASS}). */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The level with the given number.
     *
     * @throws IllegalArgumentException unless {@code number} is 1 to 4
     */
    public static IndustryLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("an industry level is 1 to 4, not " + number);
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
