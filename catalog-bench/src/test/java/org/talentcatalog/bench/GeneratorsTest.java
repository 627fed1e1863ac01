package org.talentcatalog.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.Rules;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.SurveyData;

/** The benchmark inputs are valid, realistic and reproducible, so the figures measure real work. */
class GeneratorsTest {

    @Test
    void generatedCatalogIsValidWithoutAnyIssue() {
        // R19 (catalog-normalize, on this module's class path) is left out: the generator pairs a random
        // field's name with its industry's occupation code, so names and codes need not agree.
        CatalogValidator validator = CatalogValidator.builder().rules(Rules.standard().toBuilder().remove("R19").build()).build();
        ValidationReport report = validator.validate(CatalogJson.writeBytes(CatalogGenerator.catalog(20_000, 1)));
        assertTrue(report.issues().isEmpty(), () -> report.issues().subList(0, Math.min(5, report.issues().size())).toString());
    }

    @Test
    void sameSeedGivesSameCatalogAndAnotherSeedAnother() {
        assertEquals(CatalogGenerator.catalog(50, 3), CatalogGenerator.catalog(50, 3));
        assertNotEquals(CatalogGenerator.catalog(50, 3), CatalogGenerator.catalog(50, 4));
    }

    @Test
    void editionPairChangesAboutTheGivenShareAndStaysValid() {
        EditionPairs.Pair pair = EditionPairs.pair(2_000, 0.1, 5);
        CatalogDiff diff = CatalogDiff.between(pair.older(), pair.newer());
        int changed = diff.added().size() + diff.removed().size() + diff.changed().size() + diff.renamed().size();
        assertTrue(changed > 100 && changed < 400, "changed " + changed);
        assertTrue(CatalogValidator.standard().validate(pair.newer()).valid());
    }

    @Test
    void surveyFileHasTheRequestedRowsAndReadsBack(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("s.csv");
        SurveyGenerator.write(csv, 5_000, 20, 300, 2);
        assertEquals(5_001, Files.readAllLines(csv).size());
        SurveyData data = SurveyData.read(csv);
        assertEquals(5_000, data.rowCount());
        assertFalse(data.respondentCount() == 0);
    }
}
