package org.talentcatalog.model;

import java.util.Optional;

/**
 * How urgently a position is needed (急需紧缺程度, seed 六): three levels, highest first.
 *
 * <p>The natural order of the constants is from most to least scarce, so sorting a list of levels
 * puts {@link #VERY_SCARCE} first. {@link #rank()} gives the numeric order (3, 2, 1) and
 * {@link #stars()} the star notation used by published catalogs.
 */
public enum ShortageLevel implements Labelled {
    /** 非常紧缺 ★★★ — very scarce. */
    VERY_SCARCE("非常紧缺", "very scarce", 3),
    /** 紧缺 ★★ — scarce. */
    SCARCE("紧缺", "scarce", 2),
    /** 一般紧缺 ★ — generally scarce. */
    GENERALLY_SCARCE("一般紧缺", "generally scarce", 1);

    private final String zh;
    private final String en;
    private final int rank;

    ShortageLevel(String zh, String en, int rank) {
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

    /** 3 for {@link #VERY_SCARCE}, 2 for {@link #SCARCE}, 1 for {@link #GENERALLY_SCARCE}. */
    public int rank() {
        return rank;
    }

    /** The star notation: {@code ★★★}, {@code ★★} or {@code ★}. */
    public String stars() {
        return "★".repeat(rank);
    }

    /** Whether this level is more scarce than {@code other}. */
    public boolean isHigherThan(ShortageLevel other) {
        return rank > other.rank;
    }

    /**
     * The level with the given rank.
     *
     * @param rank 1, 2 or 3
     * @return the level, or empty for any other number
     */
    public static Optional<ShortageLevel> ofRank(int rank) {
        for (ShortageLevel level : values()) {
            if (level.rank == rank) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
