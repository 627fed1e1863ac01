package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.RespondentType;

/**
 * Bootstrap replicates and sensitivity runs are bounded, alone and against the size of the data,
 * so that a configuration cannot make scoring run for hours or run out of memory; each bound is a
 * configuration error naming the member, the value and the accepted range.
 */
class AnalysisLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private static void refused(String place, String en, Runnable call) {
        ScoringException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ScoringException.class, call::run));
        assertEquals("scoring:config", e.issue().rule());
        assertEquals(place, e.issue().cell());
        assertEquals(en, e.issue().text().enOrZh());
    }

    /** A configuration file beyond 16 MiB is refused by its size, before anything is read into memory. */
    @Test
    void aConfigurationFileBeyondItsLimitIsRefusedBySize(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path big = dir.resolve("config.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ScoringConfig.MAX_FILE_BYTES + 1); // sparse: no 16 MiB written
        }
        refused("config.json", "the configuration file has 16777217 bytes, more than the limit of 16777216 bytes"
                + " (a configuration is a few KB; is it the right file?)", () -> ScoringConfig.read(big));
        java.nio.file.Path small = dir.resolve("small.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(small.toFile(), "rw")) {
            f.setLength(ScoringConfig.MAX_FILE_BYTES);
        }
        ScoringException atLimit = assertThrows(ScoringException.class, () -> ScoringConfig.read(small));
        assertEquals("read:syntax", atLimit.issue().rule(), "at the limit the file is read, and NUL bytes are no JSON");
    }

    /** Issue example: 10^9 resamples or runs hung or ran out of memory. */
    @Test
    void countsBeyondTheMaximumAreConfigurationErrors() {
        refused("$.uncertainty.bootstrap", "bootstrap must be an integer from 1 to 100000: 1000000000",
                () -> ScoringConfig.builder().indicator("x", IndicatorDirection.POSITIVE).uncertainty(1_000_000_000, 0).build());
        refused("$.sensitivity.runs", "runs must be an integer from 1 to 100000: 1000000000",
                () -> ScoringConfig.builder().indicator("x", IndicatorDirection.POSITIVE).sensitivity(1_000_000_000, 0.2, 0)
                        .build());
        refused("$.uncertainty.bootstrap", "bootstrap must be an integer from 1 to 100000: 1000000000",
                () -> ScoringConfig.fromJson("{\"indicators\": [{\"id\": \"x\"}], \"uncertainty\": {\"bootstrap\": 1000000000}}",
                        "c.json"));
    }

    @Test
    void bootstrapWorkIsBoundedByTheSurveySize() {
        List<SurveySample> rows = new ArrayList<>();
        for (int r = 0; r < 5_001; r++) {
            for (int p = 0; p < 2; p++) {
                rows.add(new SurveySample("R" + r, RespondentType.EMPLOYER, "P" + p, "", "", "", 1 + (r + p) % 7,
                        1 + r % 5, 1, null, null, null, 1));
            }
        }
        SurveyData data = SurveyData.of(rows);
        ScoringConfig config = ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .uncertainty(100_000, 1).build();
        refused("$.uncertainty.bootstrap", "bootstrap = 100000 replicates × 10002 respondent–position pairs = 1000200000, "
                + "more than the limit 10^9; at most 99980 replicates for this survey",
                () -> ShortageScorer.of(config).score(data));
    }

    @Test
    void sensitivityWorkIsBoundedByThePositions() {
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            rows.add(new PositionRow("P" + i, "", "", Map.of("x", (double) i), 0));
        }
        IndicatorTable table = new IndicatorTable(List.of("x"), rows, "t.csv");
        ScoringConfig config = ScoringConfig.builder().indicator("x", IndicatorDirection.POSITIVE)
                .sensitivity(100_000, 0.2, 1).build();
        refused("$.sensitivity.runs", "runs = 100000 × 101 positions = 10100000, more than the limit 10^7; "
                + "at most 99009 runs for these data", () -> ShortageScorer.of(config).score(table));
    }
}
