package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import org.junit.jupiter.api.Test;

/**
 * Known issues, kept in Jackson's "tofix" style: each test asserts today's wrong behaviour, so the
 * build fails the day it is fixed and the test must then be turned around and moved to its home.
 */
class KnownIssuesTest {

    /**
     * TOFIX: extension values are compared with {@code JsonNode.equals}, which distinguishes node
     * types. A value built as {@code LongNode(5)} or {@code DoubleNode(1.5)} is written as {@code 5} or
     * {@code 1.5} and read back as {@code IntNode} or {@code DecimalNode}, so a catalog built in code is
     * not equal to itself after a round trip although its JSON is identical. (The generators build
     * numbers as the reader does, which is why the round-trip properties pass.)
     */
    @Test
    void tofixExtensionNumbersOfAnotherNodeTypeAreUnequalAfterARoundTrip() {
        Catalog c = Samples.catalog().toBuilder().extensions(Extensions.none()
                .with("x-long", LongNode.valueOf(5)).with("x-double", DoubleNode.valueOf(1.5))).build();
        Catalog read = CatalogJson.readString(CatalogJson.write(c));
        assertEquals(CatalogJson.write(c), CatalogJson.write(read));
        assertNotEquals(c, read);
    }
}
