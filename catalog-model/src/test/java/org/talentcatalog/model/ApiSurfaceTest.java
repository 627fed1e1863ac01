package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.internal.CanonicalPrettyPrinter;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.JsonPointers;

/** The model's published surface: documented, null-marked packages and no internal type in it. */
class ApiSurfaceTest {

    private static final ApiSurface SURFACE = ApiSurface.of(Catalog.class);

    @Test
    void everyPackageIsDocumentedAndEveryExportedOneNullMarked() {
        assertTrue(SURFACE.exportedPackages().containsAll(List.of("org.talentcatalog.model",
                "org.talentcatalog.model.constraints")), SURFACE.exportedPackages()::toString);
        assertEquals(List.of(), SURFACE.documentationProblems());
    }

    @Test
    void noExportedSignatureNamesAnInternalType() {
        assertEquals(List.of(), SURFACE.internalTypesInSignatures());
    }

    /** A public type whose signatures name internal types, to show that the check finds them. */
    public static final class Leaky extends ArrayList<CanonicalPrettyPrinter> {
        private static final long serialVersionUID = 1L;

        /** A field. */
        public List<? extends JsonPointers> pointers = List.of();

        /** A method. */
        public Optional<CatalogBinder> binder() {
            return Optional.empty();
        }
    }

    @Test
    void theCheckFindsAnInternalTypeInASupertypeAFieldAndAMethod() {
        String leaky = Leaky.class.getName();
        assertEquals(List.of(
                leaky + ": " + CanonicalPrettyPrinter.class.getName(),
                leaky + ".pointers: " + JsonPointers.class.getName(),
                leaky + ".binder(): " + CatalogBinder.class.getName()), ApiSurface.internalTypesIn(Leaky.class));
    }
}
