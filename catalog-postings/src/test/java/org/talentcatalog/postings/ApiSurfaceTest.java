package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ApiSurface;

/** This module's published surface: documented, null-marked packages and no internal type in it. */
class ApiSurfaceTest {

    private static final ApiSurface SURFACE = ApiSurface.of(PostingsAccumulator.class);

    @Test
    void everyPackageIsDocumentedAndEveryExportedOneNullMarked() {
        assertTrue(SURFACE.exportedPackages().containsAll(List.of("org.talentcatalog.postings")), SURFACE.exportedPackages()::toString);
        assertEquals(List.of(), SURFACE.documentationProblems());
    }

    @Test
    void noExportedSignatureNamesAnInternalType() {
        assertEquals(List.of(), SURFACE.internalTypesInSignatures());
    }
}
