package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import org.junit.jupiter.api.Test;

/** Extension values built in code compare equal to what the reader produces from their JSON. */
class ExtensionNumbersTest {

    /**
     * Formerly a known issue: a value built as {@code LongNode(5)} or {@code DoubleNode(1.5)} read back
     * as {@code IntNode} or {@code DecimalNode} and compared unequal. {@link Extensions} now keeps
     * numbers in the reader's form.
     */
    @Test
    void extensionNumbersOfAnotherNodeTypeAreEqualAfterARoundTrip() {
        Catalog c = Samples.catalog().toBuilder().extensions(Extensions.none()
                .with("x-long", LongNode.valueOf(5)).with("x-double", DoubleNode.valueOf(1.5))).build();
        Catalog read = CatalogJson.readString(CatalogJson.write(c));
        assertEquals(CatalogJson.write(c), CatalogJson.write(read));
        assertEquals(c, read);
    }
}
