package org.talentcatalog.publish.internal;

import java.util.List;

/**
 * A titled list of a page: one kind of change since the previous edition, say.
 *
 * @param title the heading
 * @param items the items, each text and optional link ({@link Fact#value()})
 */
public record Section(String title, List<Fact> items) {
}
