package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The canonical layout is public, so that JSON written next to catalogs looks the same. */
class CanonicalPrinterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String print(JsonNode tree) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(CatalogJson.canonicalPrinter());
            MAPPER.writeTree(g, tree);
        }
        return out.toString();
    }

    @Test
    void twoSpacesOneElementPerLineAndEmptyContainersClosed() throws IOException {
        JsonNode tree = MAPPER.readTree("{\"a\":[],\"b\":{},\"c\":[1,{\"d\":\"集成电路\"}],\"e\":null}");
        assertEquals("""
                {
                  "a": [],
                  "b": {},
                  "c": [
                    1,
                    {
                      "d": "集成电路"
                    }
                  ],
                  "e": null
                }""", print(tree));
    }

    @Test
    void aCatalogTreePrintedWithItIsTheCanonicalDocument() throws IOException {
        Catalog catalog = NullnessProperties.full();
        assertEquals(CatalogJson.write(catalog), print(CatalogJson.toTree(catalog)) + "\n");
    }

    @Test
    void eachCallGivesAPrinterOfItsOwn() {
        assertNotSame(CatalogJson.canonicalPrinter(), CatalogJson.canonicalPrinter());
    }
}
