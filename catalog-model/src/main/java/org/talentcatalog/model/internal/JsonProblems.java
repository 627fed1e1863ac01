package org.talentcatalog.model.internal;

import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;

/** The exceptions of reading and binding a JSON document, each with its {@link Issue}. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** A problem the reader places in the text ({@code line} and {@code column} null when unknown). */
    public static CatalogJsonException read(String rule, Integer line, Integer column, LocalizedText text) {
        return new CatalogJsonException(new Issue(Severity.ERROR, Layer.READ, rule, null, line, column, null, text, false));
    }

    /** A document that cannot be read at all: missing, a directory, an I/O failure, too large. */
    public static CatalogJsonException unreadable(String rule, LocalizedText text) {
        return new CatalogJsonException(Issue.unreadableInput(rule, null, text));
    }

    /** A value that does not bind to the records: {@code model:<what>} at its pointer. */
    public static CatalogJsonException bind(String what, String pointer, LocalizedText text) {
        return new CatalogJsonException(Issue.of(Severity.ERROR, Layer.MODEL, "model:" + what, pointer, text));
    }

    /** A 1-based line or column as an issue holds it: {@code null} unless positive. */
    public static Integer known(int lineOrColumn) {
        return lineOrColumn > 0 ? lineOrColumn : null;
    }
}
