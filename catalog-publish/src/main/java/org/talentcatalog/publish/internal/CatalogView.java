package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * One catalog of the release as its page shows it.
 *
 * @param id the catalog's id
 * @param file the page's file name
 * @param title the catalog's title
 * @param subtitle its document number and edition, worded
 * @param notice what a reader must know before relying on it (not yet published, superseded,
 *     withdrawn), or {@code ""}
 * @param about the 编制说明: issuers, document number, dates, scope, survey, methods
 * @param consultations the expert reviews and consultations, each worded
 * @param groups its positions by industry
 * @param count the number of positions
 * @param charts its charts
 */
public record CatalogView(String id, String file, String title, String subtitle, String notice, List<Fact> about,
        List<String> consultations, List<Group> groups, int count, List<Chart> charts) {

    /** The positions, in listing order. */
    public List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
