package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ApiSurface;

/** This module's published surface: documented, null-marked packages and no internal type in it. */
class ApiSurfaceTest {

    private static final ApiSurface SURFACE = ApiSurface.of(Lifecycle.class);

    @Test
    void everyPackageIsDocumentedAndEveryExportedOneNullMarked() {
        assertEquals(List.of("org.talentcatalog.lifecycle"), SURFACE.exportedPackages());
        assertEquals(List.of(), SURFACE.documentationProblems());
    }

    @Test
    void noExportedSignatureNamesAnInternalType() {
        assertEquals(List.of(), SURFACE.internalTypesInSignatures());
    }
}
