package org.talentcatalog.scoring;

/**
 * Random consistency indices RI(n) for n = 3 … 10, exactly as docs/scoring.md lists them. RI is 0 for
 * n ≤ 2 (CR is then 0); matrices larger than 10 are rejected rather than scored with an unpublished
 * value.
 */
public enum RandomIndex {
    /** Saaty (1980), the classic table: 0.58 0.90 1.12 1.24 1.32 1.41 1.45 1.49. */
    SAATY_CLASSIC(0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49),
    /** Saaty (2005) table: 0.52 0.89 1.11 1.25 1.35 1.40 1.45 1.49. */
    SAATY_2005(0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49),
    /** Donegan &amp; Dodd (1991): 0.4914 0.8286 1.0591 1.1797 1.2519 1.3171 1.3733 1.4055. */
    DONEGAN_DODD(0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055);

    /** The largest matrix order with a tabulated index. */
    public static final int MAX_ORDER = 10;

    private final double[] values;

    RandomIndex(double... fromThree) {
        this.values = fromThree;
    }

    /**
     * RI for a matrix of order n.
     *
     * @param n the order, 1 … 10
     * @return the index (0 for n ≤ 2)
     * @throws IllegalArgumentException for n &lt; 1 or n &gt; 10
     */
    public double of(int n) {
        if (n < 1 || n > MAX_ORDER) {
            throw new IllegalArgumentException("no random index for n = " + n);
        }
        return n <= 2 ? 0 : values[n - 3];
    }
}
