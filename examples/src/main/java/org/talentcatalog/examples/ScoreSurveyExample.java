package org.talentcatalog.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ShortageScorer;

/**
 * Scores the integrated-circuit survey sample set with its configuration and prints the ranked
 * positions: the minimal use of {@code catalog-scoring}.
 */
public final class ScoreSurveyExample {

    private ScoreSurveyExample() {
    }

    /**
     * Scores the shipped example.
     *
     * @param dataDir the directory with {@code ic-survey-samples.csv} and {@code ic-scoring-config.json}
     * @return the result
     */
    public static ScoringResult run(Path dataDir) {
        ScoringConfig config = ScoringConfig.read(dataDir.resolve("ic-scoring-config.json"));
        ShortageScorer scorer = ShortageScorer.of(config);
        return scorer.score(dataDir.resolve("ic-survey-samples.csv"));
    }

    /**
     * Prints the ranked positions.
     *
     * @param args optional data directory (default {@code examples/data/scoring})
     */
    public static void main(String[] args) {
        ScoringResult result = run(Path.of(args.length > 0 ? args[0] : "examples/data/scoring"));
        for (PositionScore p : result.positions()) {
            ShortageLevel level = p.level();
            System.out.printf(Locale.ROOT, "%2d %-8s %-14s %.3f %s %s%n", p.rank(), p.id(), p.name(), p.score(),
                    level != null ? level.zh() : "-",
                    p.levelConfidence().isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * p.levelConfidence().getAsDouble()) : "");
        }
    }
}
