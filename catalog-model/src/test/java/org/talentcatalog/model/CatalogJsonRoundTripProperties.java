package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON binding round-trips every valid catalog, in both directions (issue 2, "Tests"). */
class CatalogJsonRoundTripProperties {

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogArbitraries.catalogs();
    }

    @Property(tries = 200)
    void anyValidCatalogReadsBackEqualAfterWriting(@ForAll("catalogs") Catalog catalog) {
        String json = CatalogJson.write(catalog);
        assertEquals(catalog, CatalogJson.readString(json), json);
    }

    @Property(tries = 200)
    void canonicalJsonIsByteIdenticalAfterReadingAndWriting(@ForAll("catalogs") Catalog catalog) {
        byte[] canonical = CatalogJson.writeBytes(catalog);
        byte[] again = CatalogJson.writeBytes(CatalogJson.read(canonical));
        assertEquals(new String(canonical, StandardCharsets.UTF_8), new String(again, StandardCharsets.UTF_8));
        assertArrayEquals(canonical, again);
    }

    @Property(tries = 200)
    void extensionMembersAtEveryAllowedLevelSurviveInOrder(@ForAll("catalogs") Catalog generated) {
        Catalog catalog = withExtensionsEverywhere(generated);
        Catalog read = CatalogJson.readString(CatalogJson.write(catalog));

        assertEquals(List.copyOf(catalog.extensions().names()), List.copyOf(read.extensions().names()));
        assertEquals(catalog.extensions().asMap(), read.extensions().asMap());
        for (int i = 0; i < catalog.positions().size(); i++) {
            Position expected = catalog.positions().get(i);
            Position actual = read.positions().get(i);
            assertEquals(List.copyOf(expected.extensions().names()), List.copyOf(actual.extensions().names()));
            assertEquals(expected.extensions(), actual.extensions());
            assertEquals(List.copyOf(expected.requirements().extensions().names()),
                    List.copyOf(actual.requirements().extensions().names()));
            assertEquals(expected.requirements().extensions(), actual.requirements().extensions());
        }
        // the written text keeps them in the same order again
        assertEquals(CatalogJson.write(catalog), CatalogJson.write(read));
    }

    @Property(tries = 200)
    void generatedCatalogsHaveNoBeanValidationViolations(@ForAll("catalogs") Catalog catalog) {
        assertEquals(List.of(), ModelValidation.describe(catalog));
    }

    /** Adds one extension member at each of the three levels, after the generated ones. */
    private static Catalog withExtensionsEverywhere(Catalog c) {
        List<Position> positions = c.positions().stream().map(p -> p.toBuilder()
                .extensions(p.extensions().with("x-position-level", NullNode.getInstance()))
                .requirements(p.requirements().withExtensions(p.requirements().extensions()
                        .with("x-requirements-level", DecimalNode.valueOf(new BigDecimal("1.50")))))
                .build()).toList();
        return c.toBuilder()
                .extensions(c.extensions().with("x-catalog-level", TextNode.valueOf("目录")))
                .positions(positions)
                .build();
    }
}
