package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.NullnessCheck;

/** A report's issues hold null only where their type says so: an unknown line, column, cell or pointer. */
class ReportNullnessTest {

    private static final Path FAULTS = Path.of("../examples/data/invalid/vendor-export-faults.json");

    @Test
    void theIssuesOfAFaultyDocumentAndOfAnUnreadableOneHoldNoUnexpectedNull() {
        ValidationReport faulty = CatalogValidator.standard().validate(FAULTS);
        ValidationReport unreadable = CatalogValidator.standard().validate(Path.of("no-such-file.json"));
        assertFalse(faulty.issues().isEmpty());
        assertFalse(unreadable.valid());
        NullnessCheck check = new NullnessCheck().walk(faulty, "faulty").walk(unreadable, "unreadable");
        assertEquals(List.of(), check.problems());
        assertTrue(check.seenNull().containsAll(List.of("Issue.cell", "Issue.line", "Issue.column")), check.seenNull()::toString);
    }
}
