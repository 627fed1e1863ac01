package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;

class ScoreSurveyExampleTest {

    private static final Path DATA = Path.of("data/scoring");

    @Test
    void shippedSamplesAreExactlyWhatTheSeededGeneratorProduces() throws Exception {
        String shipped = Files.readString(DATA.resolve("ic-survey-samples.csv"), StandardCharsets.UTF_8);
        assertEquals(IcSurveyGenerator.generate(IcSurveyGenerator.SEED), shipped);
        long rows = shipped.lines().count() - 1;
        assertTrue(rows >= 2000 && rows <= 5000, "rows: " + rows);
    }

    @Test
    void exampleProducesARankedClassifiedResultWithLevelProbabilities() {
        ScoringResult r = ScoreSurveyExample.run(DATA);
        assertEquals(40, r.positions().size() + r.insufficientSample().size());
        assertTrue(r.coverage().missingSeedSources().isEmpty());
        assertEquals(5, r.breaks().size());
        PositionScore top = r.positions().get(0);
        assertEquals(1, top.rank());
        assertEquals(ShortageLevel.VERY_SCARCE, top.level());
        for (PositionScore p : r.positions()) {
            assertEquals(1.0, p.levelProbabilities().values().stream().mapToDouble(d -> d).sum(), 1e-9);
            assertTrue(p.rankInterval().low() <= p.rank() || p.rankInterval().high() >= p.rank());
        }
        assertEquals(1.0, r.weights().values().stream().mapToDouble(d -> d).sum(), 1e-12);
        assertTrue(r.positions().stream().anyMatch(p -> p.level() == null));
    }
}
