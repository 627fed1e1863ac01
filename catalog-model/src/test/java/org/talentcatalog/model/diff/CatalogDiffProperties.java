package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.AmbiguousIds;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;

/** Properties of {@link CatalogDiff} over generated catalogs and random edits ({@link CatalogGenerators}). */
class CatalogDiffProperties {

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogGenerators.catalogs();
    }

    @Provide
    Arbitrary<Catalog> ambiguous() {
        return CatalogGenerators.catalogsWithAmbiguousIds();
    }

    @Provide
    Arbitrary<Catalog[]> pairs() {
        return CatalogGenerators.editedPairs();
    }

    @Provide
    Arbitrary<Catalog[]> ambiguousPairs() {
        return CatalogGenerators.editedPairsWithAmbiguousIds();
    }

    @Property
    void diffOfACatalogWithItselfIsEmptyAndItsPatchHasNoOperation(@ForAll("catalogs") Catalog c) {
        CatalogDiff diff = CatalogDiff.between(c, c);
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals(0, diff.toJsonPatch().size());
        assertTrue(CatalogDiff.between(c, CatalogJson.readString(CatalogJson.write(c))).isEmpty());
    }

    @Property
    void diffOfACatalogWithItselfIsEmptyEvenWithRepeatedOrMissingIds(@ForAll("ambiguous") Catalog c, @ForAll boolean renames) {
        CatalogDiff diff = CatalogDiff.options().detectRenames(renames).between(c, c);
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals(0, diff.toJsonPatch().size());
        Catalog copy = CatalogJson.readString(CatalogJson.write(c));
        assertTrue(CatalogDiff.options().detectRenames(renames).between(c, copy).isEmpty());
        boolean ambiguous = !AmbiguousIds.of(c.positions()).isEmpty();
        assertEquals(ambiguous, diff.pairedByOrder());
        assertEquals(ambiguous, diff.pairingNote(null) != null);
        assertEquals(ambiguous, diff.toJson().has("pairedByOrder"));
    }

    @Property
    void patchTurnsTheOlderJsonIntoTheNewerJsonExactly(@ForAll("pairs") Catalog[] pair, @ForAll boolean renames) {
        CatalogDiff diff = CatalogDiff.options().detectRenames(renames).between(pair[0], pair[1]);
        JsonNode patch = diff.toJsonPatch();
        JsonNode patched = JsonPatchApplier.apply(CatalogJson.toTree(pair[0]), patch);
        assertEquals(CatalogJson.toTree(pair[1]), patched);
        assertEquals(CatalogJson.write(pair[1]), CatalogJson.write(CatalogJson.fromTree(patched)), "canonical bytes");
        patch.forEach(op -> assertTrue(Set.of("add", "remove", "replace", "move").contains(op.get("op").asText())));
    }

    @Property
    void patchAndInverseHoldWhenIdsRepeatOrAreMissing(@ForAll("ambiguousPairs") Catalog[] pair, @ForAll boolean renames) {
        patchTurnsTheOlderJsonIntoTheNewerJsonExactly(pair, renames);
        inverseOfTheDiffOfABIsTheDiffOfBA(pair, renames);
    }

    @Property
    void inverseOfTheDiffOfABIsTheDiffOfBA(@ForAll("pairs") Catalog[] pair, @ForAll boolean renames) {
        CatalogDiff ab = CatalogDiff.options().detectRenames(renames).between(pair[0], pair[1]);
        CatalogDiff ba = CatalogDiff.options().detectRenames(renames).between(pair[1], pair[0]);
        assertEquals(ba, ab.inverse());
        assertEquals(ab, ab.inverse().inverse());
    }
}
