package org.talentcatalog.cli;

/** The output formats of {@code catalog diff}. */
public enum DiffFormat {
    /** A readable changelog for terminals. */
    text,
    /** The structured diff as JSON. */
    json,
    /** An RFC 6902 JSON Patch from the older to the newer document. */
    patch,
    /** A changelog in Markdown. */
    markdown
}
