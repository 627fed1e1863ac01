package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonTrees;

/** JSON inside cells (extension values, organisations): parsed within the model's read limits. */
public final class JsonTexts {

    private final JsonTrees trees = new JsonTrees(ReadLimits.defaults());

    /** The JSON value of a text, or {@code null} when it is not one JSON value. */
    public JsonNode parseOrNull(String text) {
        try {
            return trees.parse(text);
        } catch (CatalogJsonException e) {
            return null;
        }
    }

    /** Compact JSON of a value, numbers with the digits they were read with. */
    public String write(JsonNode value) {
        try {
            return trees.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
