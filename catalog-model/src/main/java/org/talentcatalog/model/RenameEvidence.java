package org.talentcatalog.model;

import org.talentcatalog.model.internal.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Why a removed and an added position are taken for the same post under a new id (a probable
 * rename). The evidence is symmetric: it reads the same from either edition.
 *
 * <p>A pair qualifies when the trimmed Chinese names are equal and the industries are equal
 * ({@code sameName}), or when both have the same occupation code ({@code sameOccupationCode}) and the
 * names are at least {@link DiffOptions#renameSimilarity()} similar. Similarity is the Sørensen–Dice
 * coefficient of the character bigrams (code points) of the trimmed {@code name.zh}.
 *
 * @param sameName the trimmed {@code name.zh} and the {@code industry} are equal
 * @param sameOccupationCode both have the same, present, {@code occupationCode}
 * @param nameSimilarity the bigram Dice coefficient of the names, 0..1 (1 for equal names)
 */
public record RenameEvidence(boolean sameName, boolean sameOccupationCode, double nameSimilarity) {

    /**
     * @throws IllegalArgumentException when the similarity is outside 0..1
     */
    public RenameEvidence {
        if (!(nameSimilarity >= 0 && nameSimilarity <= 1)) {
            throw new IllegalArgumentException("nameSimilarity must be in 0..1: " + nameSimilarity);
        }
    }

    /** A short description, e.g. {@code 职业编码相同，名称相似度 0.86}. */
    public String describe(java.util.@Nullable Locale locale) {
        String similarity = String.format(java.util.Locale.ROOT, "%.2f", nameSimilarity);
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (sameName) {
            parts.add(Messages.RENAME_SAME_NAME.format(locale));
        }
        if (sameOccupationCode) {
            parts.add(Messages.RENAME_SAME_OCCUPATION_CODE.format(locale));
        }
        if (!sameName) {
            parts.add(Messages.RENAME_SIMILARITY.format(locale, similarity));
        }
        return String.join(Messages.RENAME_SEPARATOR.format(locale), parts);
    }
}
