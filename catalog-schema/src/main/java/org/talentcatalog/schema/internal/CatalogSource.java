package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.internal.CatalogWriter;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/**
 * A catalog built in code, written part by part as its canonical JSON ({@code CatalogJson}'s writer)
 * and read back as trees within the validator's limits, so that it meets every layer a document
 * does, schema included. Absent members are left out, as in the JSON. Nothing has a line or cell.
 * A part beyond the read limits (an extension value nested too deep, say) is a {@code read:limit}
 * issue at its pointer and ends the reading, as in JSON text. One per run.
 */
public final class CatalogSource implements DocumentSource {

    private final Catalog catalog;
    private final JsonTrees trees;

    /** The catalog, read back with the limits of {@code trees}. */
    public CatalogSource(Catalog catalog, JsonTrees trees) {
        this.catalog = catalog;
        this.trees = trees;
    }

    @Override
    public void read(Sink sink) {
        List<org.talentcatalog.model.Position> positions = catalog.positions();
        for (int i = 0; i < positions.size(); i++) {
            org.talentcatalog.model.Position p = positions.get(i);
            JsonNode tree = tree("/positions/" + i, w -> w.position(p), sink);
            if (tree == null) {
                return;
            }
            sink.position(i, tree, Locator.NOWHERE);
        }
        JsonNode header = tree("", w -> w.catalog(catalog.withPositions(List.of())), sink);
        if (header != null) {
            sink.header(header, Locator.NOWHERE);
        }
    }

    /** Writes one part and reads it back, or reports why it cannot be read ({@code null}). */
    private JsonNode tree(String pointer, Part part, Sink sink) {
        ObjectMapper mapper = trees.mapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            part.write(new CatalogWriter(g, mapper));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        try {
            return trees.parse(out.toString(StandardCharsets.UTF_8));
        } catch (CatalogJsonException e) {
            // Its line and column are in text written here, which the caller never saw: only the pointer says where.
            sink.problem(e.issue().withPointer(pointer).locatedAt(null, null));
            return null;
        }
    }

    /** Writes one part of the catalog. */
    @FunctionalInterface
    private interface Part {
        void write(CatalogWriter writer) throws IOException;
    }
}
