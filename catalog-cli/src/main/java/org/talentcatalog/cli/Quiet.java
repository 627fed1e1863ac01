package org.talentcatalog.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PDFBox and its font code from writing warnings about fonts the handbook does not use (it
 * builds a cache of the system's fonts and maps the standard PDF fonts the layout engine registers)
 * onto the command's standard error: the command reports for itself. Errors are still written.
 */
final class Quiet {

    /** Held, so that the levels set stay set. */
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private Quiet() {
    }

    /** Sets PDFBox's and FontBox's loggers to errors only. */
    static void pdfbox() {
        for (Logger l : LOGGERS) {
            l.setLevel(Level.SEVERE);
        }
    }
}
