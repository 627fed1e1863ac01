package org.talentcatalog.cli;

/**
 * Display width in a terminal, for the command's own tables: the renderers' measure
 * ({@link org.talentcatalog.render.Columns}), so every table of the tool lines up the same way.
 */
final class Columns {

    private Columns() {
    }

    /** The number of terminal columns {@code s} takes. */
    static int width(String s) {
        return org.talentcatalog.render.Columns.width(s);
    }

    static String padRight(String s, int width) {
        return org.talentcatalog.render.Columns.padRight(s, width);
    }

    static String padLeft(String s, int width) {
        return org.talentcatalog.render.Columns.padLeft(s, width);
    }
}
