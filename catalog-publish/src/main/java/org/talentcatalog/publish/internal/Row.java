package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * A position as the handbook shows it, every value already worded in the handbook's language; the
 * codes (industry, level, category, education) are what the filters match.
 *
 * @param catalogId the id of the catalog it belongs to
 * @param catalogTitle that catalog's title
 * @param href the link to its card, from any page of the handbook
 * @param anchor the id of its card on the catalog's page
 * @param id the position's id
 * @param name its name
 * @param industry its industry code
 * @param industryLabel the industry's name
 * @param level the shortage level's code, or empty when unrated
 * @param levelLabel the level's name
 * @param category the job category's code
 * @param categoryLabel its name
 * @param education the education required, as a code (empty when none is said)
 * @param educationLabel its name
 * @param majors the majors asked for
 * @param competencies the competencies asked for
 * @param certifications the certifications asked for
 * @param experience the experience asked for, worded
 * @param salary the salary range, worded (empty when none)
 * @param description the position's description (empty when none)
 * @param occupationCode the occupation code (empty when none)
 * @param industryClass the national industry class (empty when none)
 * @param headcount the headcount wanted, worded (empty when none)
 * @param score the shortage score, worded (empty when none)
 * @param search the lower-case text the search box matches
 */
public record Row(String catalogId, String catalogTitle, String href, String anchor, String id, String name,
        String industry, String industryLabel, String level, String levelLabel, String category, String categoryLabel,
        String education, String educationLabel, List<String> majors, List<String> competencies,
        List<String> certifications, String experience, String salary, String description, String occupationCode,
        String industryClass, String headcount, String score, String search) {

    /** The level the filter matches: its code, or {@code NONE} when unrated. */
    public String levelKey() {
        return level.isEmpty() ? "NONE" : level;
    }

    /** The education the filter matches: its code, or {@code NONE} when none is said. */
    public String educationKey() {
        return education.isEmpty() ? "NONE" : education;
    }

    /** The majors as one line, separated as the language separates lists. */
    public String majorsText(Words w) {
        return String.join(w.t("list.separator"), majors);
    }

    /** The competencies as one line. */
    public String competenciesText(Words w) {
        return String.join(w.t("list.separator"), competencies);
    }

    /** The certifications as one line. */
    public String certificationsText(Words w) {
        return String.join(w.t("list.separator"), certifications);
    }
}
