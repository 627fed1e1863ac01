package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped schema as other languages' validators read it: the draft-07 document with its own id. */
class CatalogSchemaTest {

    @Test
    void theTextIsTheDraft07SchemaWithItsId() throws IOException {
        JsonNode schema = Fixtures.MAPPER.readTree(CatalogSchema.text());
        assertEquals(CatalogSchema.ID, schema.get("$id").asText());
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asText());
        assertTrue(schema.at("/properties/positions/items").isObject(), "positions are described item by item");
    }

    @Test
    void theTextIsTheResourceAsUtf8() throws IOException {
        try (InputStream in = CatalogSchema.open()) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), CatalogSchema.text());
        }
        assertTrue(CatalogSchema.text().contains("急需紧缺") || CatalogSchema.text().contains("发布日期"),
                "Chinese descriptions survive the decoding");
    }
}
