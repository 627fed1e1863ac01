package org.talentcatalog.normalize;

import org.talentcatalog.model.OccupationCodes;

/**
 * A job title with the occupation code a person gave it: a row of the training set, or a reviewed
 * answer fed back to the coder as an alias ({@link TitleCoder.Builder#aliases}).
 *
 * @param title the title as written (it is cleaned before use)
 * @param code the 2022 occupation code, in full or short form ({@code 4-04-05-03}, {@code 4-01-02});
 *     kept in its full form
 */
public record LabelledTitle(String title, String code) {

    /**
     * Checks and pads the code.
     *
     * @throws IllegalArgumentException when the code is not of the form {@code ^[1-8](-[0-9]{2}){0,3}$}
     */
    public LabelledTitle {
        if (title == null) {
            throw new IllegalArgumentException("a labelled title needs a title");
        }
        code = OccupationCodes.normalize(code == null ? "" : code.strip());
    }
}
