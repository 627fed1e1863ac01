package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Issue;

/**
 * A document to validate, handed to a {@link Validation} one part at a time: each position as a tree
 * with the {@link Locator} of its values, in document order, then the header (everything but the
 * positions). JSON text streams through ({@link JsonStreamSource}), a tree in memory is walked
 * ({@link TreeSource}, which is how tables are validated), and a catalog built in code is written
 * part by part ({@link CatalogSource}): every source goes through the same checks. One per run.
 */
public interface DocumentSource {

    /** Reads the document to its end (or its first unreadable place), handing every part to {@code sink}. */
    void read(Sink sink);

    /**
     * The issues of the findings kept at the end, placed where the parts' locators could not place
     * them (issues of rules about the whole catalog, say). Nothing more by default.
     */
    default List<Issue> placeRest(List<Finding> kept) {
        List<Issue> out = new ArrayList<>(kept.size());
        kept.forEach(f -> out.add(f.issue()));
        return out;
    }

    /** What a source hands its parts to. */
    interface Sink {

        /** A problem of reading: the reader's own issue (a {@code read:…} rule), kept as it is. */
        void problem(Issue issue);

        /**
         * A value the reader reports an error about, which the later layers must not judge:
         * {@code present} when the tree still holds something in its place, else it is absent.
         */
        void unread(String pointer, boolean present);

        /** The position at {@code index} of the document's {@code positions} array (indices arrive in order from 0). */
        void position(int index, JsonNode position, Locator at);

        /**
         * The rest of the document, after its last position: the root object with {@code positions}
         * empty when it was an array (else as it was), or the root value when it is not an object.
         * Not called when the document could not be read to its end.
         */
        void header(JsonNode header, Locator at);
    }
}
