package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;

class CatalogDraftsTest {

    private static final String TEMPLATE = """
            {"formatVersion": "1.0", "id": "t-ic", "title": {"zh": "模板"}, "kind": "INDUSTRY", "level": "MUNICIPAL",
             "scope": {"industries": ["INTEGRATED_CIRCUIT"]}, "edition": {"version": "2025"}, "status": "PUBLISHED",
             "issuance": {"compilers": [{"name": "某局", "role": "INDUSTRY_AUTHORITY"}]},
             "methodology": {"scoring": {"indicators": [{"id": "ratio", "name": {"zh": "求人倍率"}, "direction": "POSITIVE"}]},
                             "consultations": [{"type": "EXPERT_REVIEW", "date": "2025-01-10"}]},
             "positions": [
               %s
             ]}
            """;

    private static String position(String id, String name) {
        return "{\"id\": \"" + id + "\", \"name\": {\"zh\": \"" + name + "\"}, \"industry\": \"INTEGRATED_CIRCUIT\","
                + " \"category\": \"APPLIED_TECHNOLOGY\", \"requirements\": {\"education\": \"MASTER\"},"
                + " \"demand\": {\"headcount\": 12}}";
    }

    private static Catalog template(String... positions) {
        return CatalogJson.readString(TEMPLATE.formatted(String.join(",\n", positions)));
    }

    private static ScoringResult score(ScoringConfig config, String csv) {
        return ShortageScorer.of(config).score(IndicatorTable.readCsv(new StringReader(csv), "t.csv"));
    }

    private static ScoringConfig thresholds(Normalization normalization) {
        return ScoringConfig.builder().indicator("ratio", IndicatorDirection.POSITIVE).normalization(normalization)
                .classification(Classification.thresholds(0.7, 0.45, 0.2)).build();
    }

    @Test
    void draftCarriesLevelsOfListedTemplatePositionsAndLeavesOutTheRest() {
        ScoringConfig config = thresholds(Normalization.minMax());
        ScoringResult result = score(config, "position_id,ratio\nP1,10\nP2,6\nP3,0\nP4,8\n");
        CatalogDraft draft = CatalogDrafts.draft(template(position("P1", "一"), position("P2", "二"),
                position("P3", "三")), result, config);
        Catalog c = draft.catalog();
        assertEquals(Status.DRAFT, c.status());
        assertEquals(List.of("P1", "P2"), c.positions().stream().map(Position::id).toList());
        Position p1 = c.positions().get(0);
        assertEquals(ShortageLevel.VERY_SCARCE, p1.shortage().level());
        assertEquals(1.0, p1.shortage().score());
        assertNull(p1.shortage().confidence(), "no bootstrap, no confidence");
        assertEquals(12, p1.demand().headcount().intValue(), "other members kept");
        assertEquals(ShortageLevel.SCARCE, c.positions().get(1).shortage().level());
        assertEquals(1, draft.warnings().size());
        assertEquals("POSITION_NOT_IN_TEMPLATE", draft.warnings().get(0).code());
        assertTrue(draft.warnings().get(0).en().contains("P4"));
    }

    @Test
    void methodologyRecordsIndicatorsWeightsThresholdsAndKeepsConsultations() {
        ScoringConfig config = thresholds(Normalization.minMax());
        ScoringResult result = score(config, "position_id,ratio\nP1,10\nP2,0\n");
        Catalog c = CatalogDrafts.draft(template(position("P1", "一")), result, config).catalog();
        var scoring = c.methodology().scoring();
        assertTrue(scoring.method().startsWith("MIN_MAX → EQUAL → WEIGHTED_SUM → THRESHOLDS"), scoring.method());
        assertEquals("ratio", scoring.indicators().get(0).id());
        assertEquals("求人倍率", scoring.indicators().get(0).name().zh());
        assertEquals(IndicatorDirection.POSITIVE, scoring.indicators().get(0).direction());
        assertEquals(1.0, scoring.indicators().get(0).weight());
        assertEquals(0.45, scoring.thresholds().scarce());
        assertEquals(1, c.methodology().consultations().size());
    }

    @Test
    void recordedMethodCitesTheScoringDocumentOfTheRepository() {
        ScoringConfig config = thresholds(Normalization.minMax());
        ScoringResult result = score(config, "position_id,ratio\nP1,10\nP2,0\n");
        String method = CatalogDrafts.draft(template(position("P1", "一")), result, config).catalog()
                .methodology().scoring().method();
        Matcher cited = Pattern.compile("\\(catalog-scoring, ([^)]+)\\)$").matcher(method);
        assertTrue(cited.find(), method);
        assertTrue(Files.isRegularFile(Path.of("..").resolve(cited.group(1))),
                () -> "the method cites " + cited.group(1) + ", which is not a file of the repository");
    }

    @Test
    void roundingNeverMovesAScoreAcrossARecordedThreshold() {
        ScoringConfig config = thresholds(Normalization.minMax());
        ScoringResult result = score(config, "position_id,ratio\nP1,1\nP2,0.69996\nP3,0\nP4,0.523456\n");
        Catalog c = CatalogDrafts.draft(template(position("P1", "一"), position("P2", "二"), position("P4", "四")),
                result, config).catalog();
        Position p2 = c.positions().get(1);
        assertEquals(ShortageLevel.SCARCE, p2.shortage().level());
        assertEquals(0.69996, p2.shortage().score(), 1e-12);
        assertEquals(ShortageLevel.SCARCE, c.methodology().scoring().thresholds().levelOf(p2.shortage().score()).orElseThrow());
        assertEquals(0.5235, c.positions().get(2).shortage().score(), 1e-12);
    }

    @Test
    void scoreOutsideZeroToOneIsLeftOutWithAWarning() {
        ScoringConfig config = thresholds(Normalization.none());
        ScoringResult result = score(config, "position_id,ratio\nP1,2.5\nP2,0.5\n");
        CatalogDraft draft = CatalogDrafts.draft(template(position("P1", "一"), position("P2", "二")), result, config);
        assertEquals(ShortageLevel.VERY_SCARCE, draft.catalog().positions().get(0).shortage().level());
        assertNull(draft.catalog().positions().get(0).shortage().score());
        assertEquals(0.5, draft.catalog().positions().get(1).shortage().score());
        assertEquals(List.of("SCORE_OUT_OF_RANGE"), draft.warnings().stream().map(ScoringWarning::code).toList());
    }
}
