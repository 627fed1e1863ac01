package org.talentcatalog.cli;

/** The output format of the scoring commands. */
public enum OutputFormat {
    /** A readable table. */
    text,
    /** JSON only on stdout. */
    json
}
