package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.Lenience;

/**
 * The schema, binding and model checks of one part of a document — the catalog header (everything
 * but the positions) or one position — with their findings deduplicated among themselves. Parts are
 * independent, so they may be checked on several threads. Thread-safe.
 */
final class Parts {

    /** The outcome of checking one part: its findings, what was bound, what could not be. */
    record Outcome<T>(T bound, List<Finding> findings, Unbound unbound) {
    }

    private final SchemaLayer schema;
    private final ModelLayer model;

    Parts(SchemaLayer schema, ModelLayer model) {
        this.schema = schema;
        this.model = model;
    }

    /** Checks the header; it is bound unless the document is not an object at all. */
    Outcome<Catalog> header(JsonNode header) {
        IssueCollector local = IssueCollector.unbounded();
        schema.validate(header).forEach(local::add);
        Lenience lenience = new Lenience();
        Catalog catalog = null;
        try {
            catalog = CatalogBinder.catalog(header, lenience);
        } catch (CatalogJsonException e) {
            lenience.problems().add(e);
        }
        Unbound unbound = new Unbound();
        IssueCollector checked = bindingProblems(lenience, local, unbound);
        if (catalog != null) {
            model.validate(catalog, "").forEach(checked::add);
        }
        return new Outcome<>(catalog, local.findings(), unbound);
    }

    /** Checks the position at {@code index}; {@code bound} is null when it is not even an object. */
    Outcome<Position> position(JsonNode node, int index) {
        String base = "/positions/" + index;
        IssueCollector local = IssueCollector.unbounded();
        schema.validatePosition(node, base).forEach(local::add);
        Lenience lenience = new Lenience();
        Position p = null;
        try {
            p = CatalogBinder.position(node, base, lenience);
        } catch (CatalogJsonException e) {
            lenience.problems().add(e);
        }
        Unbound unbound = new Unbound();
        IssueCollector checked = bindingProblems(lenience, local, unbound);
        if (p != null) {
            model.validate(p, base).forEach(checked::add);
        }
        return new Outcome<>(p, local.findings(), unbound);
    }

    /**
     * Reports binding problems not already explained by the schema layer, records their pointers as
     * unbound, and returns the collector the model layer should report to: one that suppresses
     * findings about values that could not be bound.
     */
    private static IssueCollector bindingProblems(Lenience lenience, IssueCollector c, Unbound unbound) {
        if (lenience.problems().isEmpty()) {
            return c;
        }
        for (CatalogJsonException e : lenience.problems()) {
            String pointer = e.issue().pointer() == null ? "" : e.issue().pointer();
            if (!c.schemaCovers(pointer)) {
                c.add(Finding.of(e.issue().withPointer(pointer)));
            }
            unbound.add(pointer);
        }
        return new SuppressingCollector(c, unbound);
    }
}
