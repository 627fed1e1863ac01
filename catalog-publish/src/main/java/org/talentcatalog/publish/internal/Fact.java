package org.talentcatalog.publish.internal;

/**
 * A labelled value of a page, such as one line of an 编制说明, or one item of a list with an
 * optional link.
 *
 * @param label the label, or the item's text
 * @param value the value (empty for an item), or the link of an item (empty when none)
 */
public record Fact(String label, String value) {
}
