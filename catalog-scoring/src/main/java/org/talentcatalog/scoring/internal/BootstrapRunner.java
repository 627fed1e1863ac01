package org.talentcatalog.scoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.Bootstrap;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.MissingValues;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveyAggregate;

/** Runs the respondent bootstrap described by {@link Bootstrap}. */
public final class BootstrapRunner {

    /**
     * Level counts per position plus bookkeeping.
     *
     * @param counts position id → [VERY_SCARCE, SCARCE, GENERALLY_SCARCE, NONE] counts
     * @param succeeded replicates that ran
     * @param firstFailure the first failure, if any replicate failed
     */
    public record Outcome(Map<String, int[]> counts, int succeeded, Optional<ScoringException> firstFailure) {
    }

    private BootstrapRunner() {
    }

    /**
     * @param config the configuration
     * @param respondents per-respondent aggregates, in a fixed order
     * @param scored the ids of positions scored on the full sample
     * @return the level counts
     */
    public static Outcome run(ScoringConfig config, List<SurveyAggregate> respondents, List<String> scored) {
        Bootstrap b = config.uncertainty().orElseThrow();
        SplittableRandom random = new SplittableRandom(b.seed());
        Map<String, int[]> counts = new HashMap<>();
        scored.forEach(id -> counts.put(id, new int[4]));
        Set<String> wanted = Set.copyOf(scored);
        MissingValues policy = config.missingValues() == MissingValues.COLUMN_MEAN
                ? MissingValues.COLUMN_MEAN : MissingValues.DROP_POSITION;
        int r = respondents.size();
        int succeeded = 0;
        ScoringException failure = null;
        int[] draws = new int[r];
        for (int rep = 0; rep < b.replicates(); rep++) {
            java.util.Arrays.fill(draws, 0);
            for (int k = 0; k < r; k++) {
                draws[random.nextInt(r)]++;
            }
            SurveyAggregate agg = new SurveyAggregate();
            for (int k = 0; k < r; k++) {
                if (draws[k] > 0) {
                    agg.addAll(respondents.get(k), draws[k]);
                }
            }
            IndicatorTable table = agg.toIndicatorTable(config.survey());
            Set<String> skip = new java.util.HashSet<>();
            table.rows().forEach(row -> {
                if (!wanted.contains(row.id())) {
                    skip.add(row.id());
                }
            });
            try {
                PreparedTable prepared = PreparedTable.of(table, config, skip, policy);
                Pipeline p = Pipeline.run(config, prepared.raw(), prepared.ids());
                Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < prepared.rows().size(); i++) {
                    Optional<ShortageLevel> level = p.classes().levels().get(i);
                    counts.get(prepared.rows().get(i).id())[level.map(l -> l.ordinal()).orElse(3)]++;
                    seen.add(prepared.rows().get(i).id());
                }
                for (String id : scored) {
                    if (!seen.contains(id)) {
                        counts.get(id)[3]++;
                    }
                }
                succeeded++;
            } catch (ScoringException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        return new Outcome(counts, succeeded, Optional.ofNullable(failure));
    }
}
