package org.talentcatalog.cli;

/** The output format of the commands that print a result. */
public enum OutputFormat {
    /** A readable table. */
    text,
    /** JSON only on stdout. */
    json
}
