package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * The positions of one industry, in the order they are listed.
 *
 * @param industry the industry code
 * @param label the industry's name
 * @param rows its positions
 */
public record Group(String industry, String label, List<Row> rows) {
}
