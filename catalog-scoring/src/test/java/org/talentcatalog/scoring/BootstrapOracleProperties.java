package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.ShortageLevel;

/**
 * The respondent bootstrap against its documented procedure carried out step by step through the
 * public API: with a {@link SplittableRandom} of the configured seed, each replicate draws as many
 * respondents as there are, with replacement, from the respondents in id order; the drawn
 * respondents' rows, each repeated as often as it was drawn, are aggregated and scored (positions
 * not scored on the full sample left out, a position with a missing value dropped); a position's
 * level probabilities are the shares of the replicates that ran giving it each level, and
 * {@code NONE} when it is not listed.
 */
class BootstrapOracleProperties {

    private static ScoringConfig.Builder config(boolean columnMean, int minRespondents) {
        ScoringConfig.Builder b = ScoringConfig.builder().indicator("demand_supply_ratio", IndicatorDirection.POSITIVE)
                .indicator("unfilled_rate", IndicatorDirection.POSITIVE)
                .indicator("days_to_fill", IndicatorDirection.POSITIVE).minRespondents(minRespondents);
        return columnMean ? b.missingValues(MissingValues.COLUMN_MEAN) : b.missingValues(MissingValues.DROP_POSITION);
    }

    @Property(tries = 12)
    void theLevelProbabilitiesAreTheSharesOfTheReplicatesScoredStepByStep(@ForAll long seed,
            @ForAll @IntRange(min = 8, max = 40) int n, @ForAll boolean columnMean,
            @ForAll @IntRange(min = 1, max = 3) int minRespondents) {
        List<SurveyReference.Row> rows = SurveyReference.rows(seed, n);
        int replicates = 25;
        ScoringResult full;
        try {
            full = ShortageScorer.of(config(columnMean, minRespondents).uncertainty(replicates, seed).build())
                    .score(SurveyData.of(rows.stream().map(SurveyReference.Row::sample).toList()));
        } catch (ScoringException unscorable) {
            return; // nothing to resample: the full sample itself cannot be scored
        }
        List<String> scored = full.positions().stream().map(PositionScore::id).toList();
        List<String> respondents = rows.stream().map(SurveyReference.Row::respondent).distinct().sorted().toList();
        ScoringConfig plain = config(columnMean, 1).build();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, int[]> counts = new HashMap<>();
        scored.forEach(id -> counts.put(id, new int[4]));
        int succeeded = 0;
        for (int rep = 0; rep < replicates; rep++) {
            int[] draws = new int[respondents.size()];
            for (int k = 0; k < respondents.size(); k++) {
                draws[random.nextInt(respondents.size())]++;
            }
            List<SurveySample> drawn = new ArrayList<>();
            for (int k = 0; k < draws.length; k++) {
                String respondent = respondents.get(k);
                for (int t = 0; t < draws[k]; t++) {
                    rows.stream().filter(row -> row.respondent().equals(respondent))
                            .forEach(row -> drawn.add(row.sample()));
                }
            }
            IndicatorTable all = SurveyData.of(drawn).indicators(plain.survey());
            IndicatorTable table = new IndicatorTable(all.indicators(),
                    all.rows().stream().filter(row -> scored.contains(row.id())).toList(), all.source());
            try {
                ScoringResult r = ShortageScorer.of(plain).score(table);
                for (String id : scored) {
                    PositionScore p = r.position(id).orElse(null);
                    counts.get(id)[p == null || p.level() == null ? 3 : p.level().ordinal()]++;
                }
                succeeded++;
            } catch (ScoringException failed) {
                // a replicate that cannot be scored is not counted
            }
        }
        for (String id : scored) {
            Map<String, Double> expected = new LinkedHashMap<>();
            if (succeeded > 0) {
                for (ShortageLevel level : ShortageLevel.values()) {
                    expected.put(level.name(), (double) counts.get(id)[level.ordinal()] / succeeded);
                }
                expected.put(PositionScore.NONE, (double) counts.get(id)[3] / succeeded);
            }
            assertEquals(expected, full.position(id).orElseThrow().levelProbabilities(), id);
        }
        assertEquals(succeeded < replicates, full.warnings().stream()
                .anyMatch(w -> w.code().equals("BOOTSTRAP_REPLICATES_FAILED")), full.warnings().toString());
    }
}
