package org.talentcatalog.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft-07) of the exchange format 1.0: the language-neutral contract that vendors
 * use from any language. It checks each member's format; the cross-member rules are the
 * validator's. Dates are {@code format: date}: enable format assertion in your validator.
 */
public final class CatalogSchema {

    /**
     * The resource holding the schema, in this module's package {@code org.talentcatalog.schema}
     * (read it with {@link #open()}: the package is encapsulated on the module path).
     */
    public static final String RESOURCE = "org/talentcatalog/schema/catalog-1.0.schema.json";

    /** The schema's {@code $id}. */
    public static final String ID = "https://talentcatalog.org/schema/catalog-1.0.schema.json";

    private CatalogSchema() {
    }

    /** The schema document as text. */
    public static String text() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the schema resource; the caller closes the stream. */
    public static InputStream open() {
        // Through the class, not its class loader: a class loader cannot see into a named module's
        // packages, the module itself can (and on the class path both find the same file).
        InputStream in = CatalogSchema.class.getResourceAsStream("/" + RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing");
        }
        return in;
    }
}
