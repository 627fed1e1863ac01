package org.talentcatalog.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A position that was not scored: too few respondents ("insufficient sample") or dropped for a
 * missing value under {@link MissingValues#DROP_POSITION}.
 *
 * @param id the position id
 * @param name the position name
 * @param respondents distinct respondents for survey input, {@code null} otherwise
 * @param reasonZh why, in Chinese
 * @param reasonEn why, in English
 */
public record UnscoredPosition(String id, String name, @Nullable Integer respondents, String reasonZh, String reasonEn) {

    /** Checks for nulls. */
    public UnscoredPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
