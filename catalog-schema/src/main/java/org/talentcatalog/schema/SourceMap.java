package org.talentcatalog.schema;

/**
 * Where the values of a document that was not read from JSON text came from, for example the cells
 * of a spreadsheet: {@link CatalogValidator#validate(com.fasterxml.jackson.databind.JsonNode,
 * SourceMap, java.util.List)} puts the answer into each {@link org.talentcatalog.model.Issue#cell()}.
 *
 * <p>Implementations must be safe to call from the validating thread and never throw.
 */
@FunctionalInterface
public interface SourceMap {

    /**
     * The place of the value at {@code pointer}, or of the nearest enclosing value that has one; for a
     * missing member, the place it would have been (such as its empty cell), when known.
     *
     * @param pointer an RFC 6901 JSON Pointer (root {@code ""})
     * @return a readable place such as {@code 岗位!E12}, or {@code null} when unknown
     */
    String cell(String pointer);
}
