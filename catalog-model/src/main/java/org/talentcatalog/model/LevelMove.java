package org.talentcatalog.model;

import org.jspecify.annotations.Nullable;

/**
 * How a position's shortage level (急需紧缺程度) moved between two editions.
 */
public enum LevelMove implements Labelled {
    /** 上调 — the level is higher (e.g. 紧缺 → 非常紧缺). */
    RAISED("上调", "raised"),
    /** 下调 — the level is lower. */
    LOWERED("下调", "lowered"),
    /** 新定级 — the position had no level and now has one. */
    ASSIGNED("新定级", "level assigned"),
    /** 取消定级 — the position had a level and now has none. */
    CLEARED("取消定级", "level cleared"),
    /** 不变 — the same level, or none on both sides. */
    UNCHANGED("不变", "unchanged");

    private final String zh;
    private final String en;

    LevelMove(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * The move from one level to another.
     *
     * @param older the older level, or {@code null} for none
     * @param newer the newer level, or {@code null} for none
     */
    public static LevelMove of(@Nullable ShortageLevel older, @Nullable ShortageLevel newer) {
        if (older == newer) {
            return UNCHANGED;
        }
        if (older == null) {
            return ASSIGNED;
        }
        if (newer == null) {
            return CLEARED;
        }
        return newer.isHigherThan(older) ? RAISED : LOWERED;
    }

    /** The move seen from the newer edition to the older one. */
    public LevelMove inverse() {
        return switch (this) {
            case RAISED -> LOWERED;
            case LOWERED -> RAISED;
            case ASSIGNED -> CLEARED;
            case CLEARED -> ASSIGNED;
            case UNCHANGED -> UNCHANGED;
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
