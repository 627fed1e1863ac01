package org.talentcatalog.model.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The canonical layout of written documents: two-space indentation, {@code "name": value}, one
 * array element per line, {@code []} and {@code {}} for empty containers, LF line ends.
 */
public final class CanonicalPrettyPrinter extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    /** A new printer (printers keep nesting state: one per generator). */
    public CanonicalPrettyPrinter() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        indentObjectsWith(indenter);
        indentArraysWith(indenter);
    }

    @Override
    public CanonicalPrettyPrinter createInstance() {
        return new CanonicalPrettyPrinter();
    }
}
