package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Status;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.CatalogDraft;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;

class DraftCatalogExampleTest {

    private static final Path DATA = Path.of("data/scoring");

    @Test
    void shippedTemplateIsAValidDraftWhosePositionIdsAreTheSurveyPositions() throws Exception {
        ValidationReport report = CatalogValidator.standard().validate(DATA.resolve("ic-catalog-template.json"));
        assertEquals(0, report.errorCount(), report.toJson(java.util.Locale.ENGLISH));
        Catalog template = CatalogJson.read(DATA.resolve("ic-catalog-template.json"));
        Set<String> surveyIds = Files.readString(DATA.resolve("ic-survey-samples.csv")).lines().skip(1)
                .map(l -> l.split(",")[2]).collect(Collectors.toSet());
        assertEquals(surveyIds, template.positions().stream().map(Position::id).collect(Collectors.toSet()));
    }

    @Test
    void draftFromTheShippedSurveyPassesTheValidatorWithNoErrors() {
        CatalogDraft draft = DraftCatalogExample.run(DATA);
        ValidationReport report = CatalogValidator.standard().validate(CatalogJson.writeBytes(draft.catalog()));
        assertEquals(0, report.errorCount(), report.toJson(java.util.Locale.ENGLISH));
        assertEquals(Status.DRAFT, draft.catalog().status());
        assertTrue(draft.warnings().isEmpty(), draft.warnings().toString());
    }

    @Test
    void draftListsExactlyTheListedPositionsWithTheirLevelScoreAndConfidence() {
        CatalogDraft draft = DraftCatalogExample.run(DATA);
        ScoringResult result = ScoreSurveyExample.run(DATA);
        Set<String> listed = result.positions().stream().filter(p -> p.level() != null).map(PositionScore::id)
                .collect(Collectors.toSet());
        assertEquals(listed, draft.catalog().positions().stream().map(Position::id).collect(Collectors.toSet()));
        for (Position p : draft.catalog().positions()) {
            PositionScore s = result.position(p.id()).orElseThrow();
            assertEquals(s.level(), p.shortage().level());
            assertEquals(s.score(), p.shortage().score(), 0.00005);
            assertEquals(s.levelConfidence().orElseThrow(), p.shortage().confidence(), 0.00005);
        }
        assertEquals(5, draft.catalog().methodology().scoring().indicators().size());
    }

    @Test
    void shippedDraftIsExactlyWhatTheExampleWrites() throws Exception {
        assertArrayEquals(Files.readAllBytes(DATA.resolve("ic-catalog-draft.json")),
                CatalogJson.writeBytes(DraftCatalogExample.run(DATA).catalog()),
                "regenerate with DraftCatalogExample.main");
    }
}
