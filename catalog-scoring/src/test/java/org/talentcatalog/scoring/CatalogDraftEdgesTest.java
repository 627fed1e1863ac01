package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.RespondentType;

/**
 * A draft's confidence from the bootstrap, Jenks' breaks in the recorded method, thresholds beyond 0..1
 * not recorded, and a template without methodology.
 */
class CatalogDraftEdgesTest {

    private static final String TEMPLATE = """
            {"formatVersion": "1.0", "id": "t-ic", "title": {"zh": "模板"}, "kind": "INDUSTRY", "level": "MUNICIPAL",
             "scope": {"industries": ["INTEGRATED_CIRCUIT"]}, "edition": {"version": "2025"}, "status": "PUBLISHED",
             "issuance": {"compilers": [{"name": "某局", "role": "INDUSTRY_AUTHORITY"}]},
             "positions": [%s]}
            """;

    private static Catalog template(int positions) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < positions; p++) {
            out.add("{\"id\": \"P" + p + "\", \"name\": {\"zh\": \"岗位" + p + "\"}, \"industry\": \"INTEGRATED_CIRCUIT\","
                    + " \"category\": \"APPLIED_TECHNOLOGY\", \"requirements\": {\"education\": \"MASTER\"}}");
        }
        return CatalogJson.readString(TEMPLATE.formatted(String.join(",", out)));
    }

    private static double round4(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    void confidenceIsTheBootstrapProbabilityOfTheLevelRoundedAndJenksBreaksAreRecorded() {
        List<SurveySample> rows = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            for (int p = 0; p < 8; p++) {
                rows.add(new SurveySample("R" + k, RespondentType.EMPLOYER, "P" + p, "岗位", "", "", 1 + p + (k * p) % 5,
                        1 + k % 3, 0, null, null, null, 1));
            }
        }
        ScoringConfig config = ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .classification(Classification.jenks(3)).uncertainty(7, 11).build();
        ScoringResult result = ShortageScorer.of(config).score(SurveyData.of(rows));
        CatalogDraft draft = CatalogDrafts.draft(template(8), result, config);
        assertTrue(draft.catalog().positions().size() > 0);
        for (Position p : draft.catalog().positions()) {
            PositionScore s = result.position(p.id()).orElseThrow();
            assertEquals(round4(s.levelConfidence().orElseThrow()), p.shortage().confidence(), p.id());
            assertEquals(s.level(), p.shortage().level());
        }
        var scoring = draft.catalog().methodology().scoring();
        String breaks = result.breaks().stream().map(b -> Double.toString(round4(b))).reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        assertEquals("MIN_MAX → EQUAL → WEIGHTED_SUM → JENKS [" + breaks + "] (catalog-scoring, docs/scoring.md)",
                scoring.method());
        assertNull(scoring.thresholds(), "Jenks records no thresholds");
        assertNull(scoring.indicators().get(0).name(), "the template names no indicator");
        assertEquals(List.of(), draft.catalog().methodology().consultations());
        assertNull(draft.catalog().methodology().survey());
    }

    @Test
    void thresholdsBeyondOneAreNotRecorded() {
        ScoringConfig config = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
                .normalization(Normalization.none()).classification(Classification.thresholds(3, 2, 1)).build();
        ScoringResult result = ShortageScorer.of(config).score(IndicatorTable.readCsv(
                new StringReader("position_id,a\nP0,0.5\nP1,3.5\n"), "t.csv"));
        CatalogDraft draft = CatalogDrafts.draft(template(2), result, config);
        assertNull(draft.catalog().methodology().scoring().thresholds());
        assertEquals(List.of("THRESHOLDS_OUT_OF_RANGE", "SCORE_OUT_OF_RANGE"),
                draft.warnings().stream().map(ScoringWarning::code).toList());
        assertEquals("thresholds outside 0..1 are not recorded in methodology.scoring.thresholds",
                draft.warnings().get(0).text(Locale.ENGLISH));
        assertEquals(List.of("P1"), draft.catalog().positions().stream().map(Position::id).toList());
    }

    /** Thresholds and scores at the ends of 0..1 are in range: recorded as they are, without a warning. */
    @Test
    void thresholdsAndScoresAtZeroAndOneAreRecorded() {
        ScoringConfig config = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
                .normalization(Normalization.none()).classification(Classification.thresholds(1, 0.5, 0)).build();
        ScoringResult result = ShortageScorer.of(config).score(IndicatorTable.readCsv(
                new StringReader("position_id,a\nP0,0\nP1,0.5\nP2,1\n"), "t.csv"));
        CatalogDraft draft = CatalogDrafts.draft(template(3), result, config);
        assertEquals(List.of(), draft.warnings());
        var thresholds = draft.catalog().methodology().scoring().thresholds();
        assertEquals(List.of(1.0, 0.5, 0.0), List.of(thresholds.veryScarce(), thresholds.scarce(),
                thresholds.generallyScarce()));
        assertEquals(List.of("P0:GENERALLY_SCARCE:0.0", "P1:SCARCE:0.5", "P2:VERY_SCARCE:1.0"),
                draft.catalog().positions().stream().map(p -> p.id() + ":" + p.shortage().level() + ":"
                        + p.shortage().score()).toList());
        ScoringConfig below = ScoringConfig.builder().indicator("a", IndicatorDirection.POSITIVE)
                .normalization(Normalization.none()).classification(Classification.thresholds(1, 0.5, -0.25)).build();
        ScoringResult r = ShortageScorer.of(below).score(IndicatorTable.readCsv(
                new StringReader("position_id,a\nP0,0\nP1,0.5\nP2,1\n"), "t.csv"));
        CatalogDraft d = CatalogDrafts.draft(template(3), r, below);
        assertEquals(List.of("THRESHOLDS_OUT_OF_RANGE"), d.warnings().stream().map(ScoringWarning::code).toList());
        assertNull(d.catalog().methodology().scoring().thresholds());
    }
}
