package org.talentcatalog.model;

/**
 * How {@link CatalogDiff} pairs positions. Immutable and thread-safe; derive changed copies with the
 * wither-style methods:
 *
 * <pre>{@code
 * CatalogDiff plain = CatalogDiff.options().detectRenames(false).between(older, newer);
 * }</pre>
 *
 * @param detectRenames whether a removed and an added position that are evidently the same post are
 *     reported as a probable rename ({@link RenameEvidence}); default {@code true}. Off gives the
 *     plain pairing by {@code id}.
 * @param renameSimilarity the least name similarity (bigram Dice, 0..1] for a pair with the same
 *     occupation code; default {@value #DEFAULT_RENAME_SIMILARITY}
 */
public record DiffOptions(boolean detectRenames, double renameSimilarity) {

    /** The default least name similarity for a rename with the same occupation code. */
    public static final double DEFAULT_RENAME_SIMILARITY = 0.8;

    private static final DiffOptions DEFAULTS = new DiffOptions(true, DEFAULT_RENAME_SIMILARITY);

    /**
     * @throws IllegalArgumentException when the similarity is not in (0, 1]
     */
    public DiffOptions {
        if (!(renameSimilarity > 0 && renameSimilarity <= 1)) {
            throw new IllegalArgumentException("renameSimilarity must be in (0, 1]: " + renameSimilarity);
        }
    }

    /** Renames detected, similarity {@value #DEFAULT_RENAME_SIMILARITY}. */
    public static DiffOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with rename detection on or off. */
    public DiffOptions detectRenames(boolean value) {
        return new DiffOptions(value, renameSimilarity);
    }

    /** A copy with another least name similarity, in (0, 1]. */
    public DiffOptions renameSimilarity(double value) {
        return new DiffOptions(detectRenames, value);
    }

    /**
     * Compares two editions with these options.
     *
     * @param older the older edition
     * @param newer the newer edition
     * @return the differences, from {@code older} to {@code newer}
     */
    public CatalogDiff between(Catalog older, Catalog newer) {
        return CatalogDiff.compute(older, newer, this);
    }
}
