package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * One chart of a handbook: an inline SVG with its title and text alternative, and the numbers it
 * draws as a table (headers, then rows of cells), so that a reader without sight of it, or of colour,
 * has them all.
 *
 * @param id the chart's id within its page, for anchors and the SVG's element ids
 * @param title the title, shown above the chart and inside the SVG
 * @param description the text alternative: what the chart shows, in a sentence or two
 * @param svg the SVG element, complete and escaped
 * @param headers the table's column headers
 * @param rows the table's rows, as many cells as headers
 */
public record Chart(String id, String title, String description, String svg, List<String> headers, List<List<String>> rows) {

    /** A chart; the lists are copied. */
    public Chart {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
