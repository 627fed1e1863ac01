package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.RespondentType;

/**
 * The respondent bootstrap behind {@code levelProbabilities}: a distribution over the four outcomes,
 * certain when every respondent reports the same, and independent of the order of the rows.
 */
class BootstrapProperties {

    private static ScoringConfig config(int replicates, long seed) {
        return ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .indicator("unfilled_rate", IndicatorDirection.POSITIVE)
                .indicator("difficulty", IndicatorDirection.POSITIVE).uncertainty(replicates, seed).build();
    }

    /** Rows of twelve respondents about six positions, some respondents giving several rows. */
    private static List<SurveySample> rows(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SurveySample> out = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int v = 1 + rnd.nextInt(20);
            out.add(new SurveySample("R" + rnd.nextInt(12), RespondentType.EMPLOYER, "P" + (i % 6), "岗位", "IC", "",
                    v, rnd.nextInt(20), rnd.nextInt(v + 1), null, null, 1.0 + rnd.nextInt(5),
                    1 + rnd.nextInt(3)));
        }
        return out;
    }

    private static Map<String, Map<String, Double>> probabilities(ScoringResult r) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        r.positions().forEach(p -> out.put(p.id(), p.levelProbabilities()));
        return out;
    }

    @Property(tries = 10)
    void theReplicatesDoNotDependOnTheOrderOfTheRows(@ForAll long seed, @ForAll long shuffle) {
        List<SurveySample> rows = rows(seed);
        List<SurveySample> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(shuffle));
        ShortageScorer scorer = ShortageScorer.of(config(40, seed));
        ScoringResult one = scorer.score(SurveyData.of(rows));
        ScoringResult other = scorer.score(SurveyData.of(shuffled));
        assertEquals(probabilities(one), probabilities(other));
    }

    @Property(tries = 10)
    void theLevelProbabilitiesOfAPositionAreADistributionOverTheOutcomes(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int replicates) {
        ScoringResult r = ShortageScorer.of(config(replicates, seed)).score(SurveyData.of(rows(seed)));
        for (PositionScore p : r.positions()) {
            Map<String, Double> probabilities = p.levelProbabilities();
            assertEquals(List.of("VERY_SCARCE", "SCARCE", "GENERALLY_SCARCE", PositionScore.NONE),
                    List.copyOf(probabilities.keySet()));
            double sum = 0;
            for (double v : probabilities.values()) {
                assertTrue(v >= 0 && v <= 1, p.id() + " " + probabilities);
                double counted = v * replicates;
                assertEquals(Math.rint(counted), counted, 1e-9, "a share of the replicates: " + probabilities);
                sum += v;
            }
            assertEquals(1.0, sum, 1e-12, p.id() + " " + probabilities);
        }
    }

    @Test
    void respondentsWhoAllReportTheSameGiveTheFullSampleLevelInEveryReplicate() {
        List<SurveySample> rows = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            for (int p = 0; p < 6; p++) {
                // position p: p + 1 vacancies, one applicant, p / 2 hires, difficulty from 1 to 5 by position
                rows.add(new SurveySample("R" + k, RespondentType.EMPLOYER, "P" + p, "岗位", "IC", "", p + 1, 1, p / 2, null,
                        null, 1.0 + Math.min(p, 4), 1));
            }
        }
        ScoringResult r = ShortageScorer.of(config(30, 7)).score(SurveyData.of(rows));
        assertEquals(6, r.positions().size());
        for (PositionScore p : r.positions()) {
            String level = p.level() == null ? PositionScore.NONE : p.level().name();
            assertEquals(1.0, p.levelProbabilities().get(level), p.id() + " " + p.levelProbabilities());
            assertEquals(1.0, p.levelConfidence().orElseThrow(), p.id());
        }
        assertNotNull(r.position("P5").orElseThrow().level(), "the most vacancies: scarce");
    }
}
