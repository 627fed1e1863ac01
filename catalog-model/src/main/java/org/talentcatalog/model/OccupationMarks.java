package org.talentcatalog.model;

import org.jspecify.annotations.Nullable;

/**
 * The marks the 2022 大典 puts on an occupation's name: {@code S} 数字职业 (digital), {@code L} 绿色职业
 * (green), {@code L/S} both. Renderers and statistics use {@link #digital()} and {@link #green()}
 * (an {@code L/S} occupation counts as both).
 */
public enum OccupationMarks implements Labelled {
    /** No mark. */
    NONE("", "无标识", "none"),
    /** {@code S}: 数字职业. */
    DIGITAL("S", "数字职业", "digital"),
    /** {@code L}: 绿色职业. */
    GREEN("L", "绿色职业", "green"),
    /** {@code L/S}: both 绿色职业 and 数字职业. */
    GREEN_AND_DIGITAL("L/S", "绿色职业、数字职业", "green and digital");

    private final String symbol;
    private final String zh;
    private final String en;

    OccupationMarks(String symbol, String zh, String en) {
        this.symbol = symbol;
        this.zh = zh;
        this.en = en;
    }

    /** The mark as the 大典 prints it: {@code S}, {@code L}, {@code L/S}, or empty for {@link #NONE}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the occupation is a 数字职业 ({@code S} or {@code L/S}). */
    public boolean digital() {
        return this == DIGITAL || this == GREEN_AND_DIGITAL;
    }

    /** Whether the occupation is a 绿色职业 ({@code L} or {@code L/S}). */
    public boolean green() {
        return this == GREEN || this == GREEN_AND_DIGITAL;
    }

    /**
     * The marks with the given symbol; {@code S/L} is read as {@code L/S}.
     *
     * @param symbol {@code S}, {@code L}, {@code L/S}, or {@code null} or blank for none
     * @throws IllegalArgumentException for any other symbol
     */
    public static OccupationMarks ofSymbol(@Nullable String symbol) {
        String s = symbol == null ? "" : symbol.strip();
        return switch (s) {
            case "" -> NONE;
            case "S" -> DIGITAL;
            case "L" -> GREEN;
            case "L/S", "S/L" -> GREEN_AND_DIGITAL;
            default -> throw new IllegalArgumentException("occupation marks are S, L or L/S, not " + symbol);
        };
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
