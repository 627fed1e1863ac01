package org.talentcatalog.schema;

import org.talentcatalog.model.Issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.talentcatalog.schema.SameReportProperties.placeless;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ShortageLevel;

/** A catalog with faults of every layer, as JSON text, as a tree with cells and as built in code. */
class SameReportTest {

    /** A malformed id, a duplicate position id, a blank name, a score out of range (and not its level's). */
    private static Catalog broken() {
        Catalog fixture = Fixtures.catalog();
        Position first = fixture.positions().get(0);
        return fixture.toBuilder()
                .id("SH IC")
                .positions(List.of(first,
                        first.toBuilder().name("　", null).build(),
                        Fixtures.position("IC-003", "封装工程师", ShortageLevel.SCARCE, 1.5)))
                .build();
    }

    @Test
    void theSameIssuesFromEverySourceEachPlacedAsItAllows() {
        Catalog catalog = broken();
        String json = CatalogJson.write(catalog);
        JsonNode tree = CatalogJson.toTree(catalog);
        ValidationReport text = Fixtures.VALIDATOR.validateText(json);
        ValidationReport cells = Fixtures.VALIDATOR.validate(tree, SameReportProperties::cell, List.of());
        ValidationReport built = Fixtures.VALIDATOR.validate(catalog);

        assertEquals(List.of(
                "ERROR R2 /positions/1/id",
                "ERROR schema:maximum /positions/2/shortage/score",
                "ERROR schema:pattern /id",
                "ERROR schema:pattern /positions/1/name/zh",
                "WARNING R13 /positions/2/shortage/level"), placeless(text));
        assertEquals(placeless(text), placeless(cells));
        assertEquals(placeless(text), placeless(built), "a catalog built in code meets the schema layer too");
        assertFalse(built.valid());

        Issue id = text.issues("schema:pattern").get(0);
        assertEquals("/id", id.pointer());
        assertEquals(List.of(3, 9), List.of(id.line(), id.column()));
        assertEquals("表!/positions/1/id", cells.issues("R2").get(0).cell());
        assertNull(cells.issues("R2").get(0).line());
        assertNull(built.issues("R2").get(0).line());
        assertNull(built.issues("R2").get(0).cell());
        SameReportProperties.placedAsTheSourceAllows(tree, text, cells);
    }

    @Test
    void aDocumentThatIsNotAnObjectGivesOneSchemaIssueAndNoRules() {
        JsonNode array = Fixtures.MAPPER.createArrayNode().add(1);
        ValidationReport text = Fixtures.VALIDATOR.validateText("[1]");
        ValidationReport cells = Fixtures.VALIDATOR.validate(array, SameReportProperties::cell, List.of());
        assertEquals(List.of("ERROR schema:type "), placeless(text));
        assertEquals(placeless(text), placeless(cells));
        assertEquals(List.of(1, 1), List.of(text.issues().get(0).line(), text.issues().get(0).column()));
        assertEquals("表!", cells.issues().get(0).cell());
    }
}
