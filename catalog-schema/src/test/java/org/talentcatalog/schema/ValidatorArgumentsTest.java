package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.talentcatalog.model.Catalog;

/** A missing argument is refused at once, naming it, before any work: never a failure deep inside a run. */
class ValidatorArgumentsTest {

    private static void refused(String name, Executable call) {
        assertEquals(name, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void theValidatorNamesTheMissingArgument() {
        CatalogValidator v = Fixtures.VALIDATOR;
        refused("document", () -> v.validate(null, p -> null, List.of()));
        refused("sources", () -> v.validate(Fixtures.tree(), null, List.of()));
        refused("catalog", () -> v.validate((Catalog) null));
    }

    @Test
    void theBuilderNamesTheMissingSetting() {
        CatalogValidator.Builder b = CatalogValidator.builder();
        refused("codeLists", () -> b.codeLists(null));
        refused("occupationCodes", () -> b.occupationCodes(null));
        refused("industryClasses", () -> b.industryClasses(null));
        refused("limits", () -> b.readLimits(null));
    }
}
