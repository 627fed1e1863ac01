package org.talentcatalog.publish.internal;

/**
 * One choice of a filter: the code a row carries and the name shown.
 *
 * @param value the code
 * @param label the name
 */
public record Option(String value, String label) {
}
