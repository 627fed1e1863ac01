package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ApiSurface;

/** This module's published surface: documented, null-marked packages and no internal type in it. */
class ApiSurfaceTest {

    private static final ApiSurface SURFACE = ApiSurface.of(CatalogValidator.class);

    @Test
    void everyPackageIsDocumentedAndEveryExportedOneNullMarked() {
        assertTrue(SURFACE.exportedPackages().containsAll(List.of("org.talentcatalog.schema")), SURFACE.exportedPackages()::toString);
        assertEquals(List.of(), SURFACE.documentationProblems());
    }

    @Test
    void noExportedSignatureNamesAnInternalType() {
        assertEquals(List.of(), SURFACE.internalTypesInSignatures());
    }

    @Test
    void theReportWritesItsJsonWithoutTheModelsInternals() {
        assertFalse(SURFACE.refersTo(ValidationReport.class, "org.talentcatalog.model.internal"));
    }
}
