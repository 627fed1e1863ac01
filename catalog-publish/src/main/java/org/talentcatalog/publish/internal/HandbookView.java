package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * Everything the pages of a handbook are filled from.
 *
 * @param words the words of the handbook's language
 * @param title the release's title
 * @param catalogs the catalogs, in release order
 * @param groups every position of the release by industry
 * @param count the number of positions
 * @param industries the industry filter's choices
 * @param levels the level filter's choices
 * @param categories the category filter's choices
 * @param educations the education filter's choices
 * @param majors the majors index
 * @param competencies the competencies index
 * @param changes what changed since the previous edition; empty when none was given
 * @param changesTitle the heading of the changes page
 */
public record HandbookView(Words words, String title, List<CatalogView> catalogs, List<Group> groups, int count,
        List<Option> industries, List<Option> levels, List<Option> categories, List<Option> educations,
        List<Term> majors, List<Term> competencies, List<Section> changes, String changesTitle) {

    /** Whether the handbook has a changes page. */
    public boolean hasChanges() {
        return !changesTitle.isEmpty();
    }
}
