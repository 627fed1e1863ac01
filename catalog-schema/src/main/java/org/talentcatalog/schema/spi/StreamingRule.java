package org.talentcatalog.schema.spi;

import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;

/**
 * A {@link Rule} that can check a document as it streams: positions arrive one at a time, in document
 * order, and the catalog header (everything but the positions) at the end. A session keeps only what
 * the rule needs (ids seen, a few numbers per position), so a validator can check a catalog of any
 * size without holding its positions. Every standard rule streams; a plain {@code Rule} added by an
 * embedder makes the validator keep the bound positions in memory to call its {@code check}.
 */
public interface StreamingRule extends Rule {

    /** Starts checking one document; the session reports to {@code context}. */
    Session start(RuleContext context);

    /** The state of one rule over one document. Not thread-safe: the validator calls it in order. */
    interface Session {

        /**
         * One position, bound, at its index in the document's {@code positions} (positions that
         * could not be bound are skipped, and {@link RuleContext#complete()} is then false at the end).
         */
        void position(int index, Position position);

        /**
         * The end of the document.
         *
         * @param header the catalog without its positions ({@code positions()} is empty)
         * @param positions how many elements the document's {@code positions} has
         */
        void finish(Catalog header, int positions);
    }

    /** Checks a whole catalog by streaming its positions through a session. */
    @Override
    default void check(Catalog catalog, RuleContext context) {
        Session session = start(context);
        List<Position> positions = catalog.positions();
        for (int i = 0; i < positions.size(); i++) {
            session.position(i, positions.get(i));
        }
        session.finish(catalog.withPositions(List.of()), positions.size());
    }
}
