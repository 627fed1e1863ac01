package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * One entry of the majors or competencies index: the term and the positions that ask for it.
 *
 * @param text the major or competency, as written in the catalogs
 * @param anchor the id of the entry on its page
 * @param rows the positions asking for it, in release order
 */
public record Term(String text, String anchor, List<Row> rows) {
}
