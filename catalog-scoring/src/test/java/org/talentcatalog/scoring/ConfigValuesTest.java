package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The configuration's integer members at their bounds and their defaults, read back from the configuration. */
class ConfigValuesTest {

    private static ScoringConfig parse(String members) {
        return ScoringConfig.fromJson("{\"indicators\": [{\"id\": \"x\"}], " + members + "}", "c.json");
    }

    @Test
    void boundsAreAcceptedAndSeedsDefaultToZero() {
        ScoringConfig c = parse("\"minRespondents\": 0, \"uncertainty\": {\"bootstrap\": 1},"
                + " \"sensitivity\": {\"runs\": 100000}");
        assertEquals(0, c.minRespondents());
        assertEquals(new Bootstrap(1, 0), c.uncertainty());
        assertEquals(new Sensitivity(100_000, 0.2, 0), c.sensitivity());
    }

    @Test
    void givenValuesAreKept() {
        ScoringConfig c = parse("\"uncertainty\": {\"bootstrap\": 100000, \"seed\": -7},"
                + " \"sensitivity\": {\"runs\": 1, \"weightNoise\": 0, \"seed\": 9007199254740993}");
        assertEquals(new Bootstrap(100_000, -7), c.uncertainty());
        assertEquals(new Sensitivity(1, 0, 9_007_199_254_740_993L), c.sensitivity());
    }
}
