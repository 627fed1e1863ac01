package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.Bootstrap;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.MissingValues;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;

/** Runs the respondent bootstrap described by {@link Bootstrap}. */
public final class BootstrapRunner {

    /**
     * Level counts per position plus bookkeeping.
     *
     * @param counts position id → [VERY_SCARCE, SCARCE, GENERALLY_SCARCE, NONE] counts
     * @param succeeded replicates that ran
     * @param firstFailure the first failure, {@code null} when every replicate ran
     */
    public record Outcome(Map<String, int[]> counts, int succeeded, @Nullable ScoringException firstFailure) {
    }

    private BootstrapRunner() {
    }

    /**
     * @param config the configuration
     * @param survey the rows per respondent × position
     * @param scored the ids of positions scored on the full sample
     * @param exactOnly take the exact (merge of accumulators) path for every replicate; the default
     *     fast path gives the same answer and is used unless the table has exact parts
     * @return the level counts
     * @throws ScoringException when replicates × respondent–position pairs exceed
     *     {@link Limits#MAX_BOOTSTRAP_WORK}
     */
    public static Outcome run(ScoringConfig config, SurveyTable survey, List<String> scored, boolean exactOnly) {
        Bootstrap b = Objects.requireNonNull(config.uncertainty(), "uncertainty");
        long pairs = Math.max(1, survey.pairs());
        if (b.replicates() * pairs > Limits.MAX_BOOTSTRAP_WORK) {
            throw ScoringException.config("$.uncertainty.bootstrap", Messages.CONFIG_BOOTSTRAP_WORK.text(b.replicates(),
                    pairs, b.replicates() * pairs, "10^9", Limits.MAX_BOOTSTRAP_WORK / pairs));
        }
        SplittableRandom random = new SplittableRandom(b.seed());
        Map<String, int[]> counts = new HashMap<>();
        scored.forEach(id -> counts.put(id, new int[4]));
        Set<String> wanted = Set.copyOf(scored);
        MissingValues policy = config.missingValues() == MissingValues.COLUMN_MEAN
                ? MissingValues.COLUMN_MEAN : MissingValues.DROP_POSITION;
        ReplicateSums fast = exactOnly || survey.hasExactParts() ? null : new ReplicateSums(survey);
        List<List<Integer>> pairsOf = null;
        List<PositionAccumulator> accumulators = null;
        int r = survey.respondentCount();
        int succeeded = 0;
        ScoringException failure = null;
        int[] draws = new int[r];
        int[] byId = byId(survey);
        for (int rep = 0; rep < b.replicates(); rep++) {
            Arrays.fill(draws, 0);
            for (int k = 0; k < r; k++) {
                draws[byId[random.nextInt(r)]]++;
            }
            IndicatorTable table = fast == null ? null : fast.table(draws, config.survey());
            if (table == null) {
                if (accumulators == null) {
                    accumulators = new ArrayList<>();
                    pairsOf = new ArrayList<>();
                    for (int k = 0; k < r; k++) {
                        pairsOf.add(new ArrayList<>());
                    }
                    for (int pair = 0; pair < survey.pairs(); pair++) {
                        accumulators.add(survey.accumulator(pair));
                        pairsOf.get(survey.respondent(pair)).add(pair);
                    }
                }
                table = exactTable(survey, accumulators, pairsOf, draws, config);
            }
            Set<String> skip = new HashSet<>();
            table.rows().forEach(row -> {
                if (!wanted.contains(row.id())) {
                    skip.add(row.id());
                }
            });
            try {
                PreparedTable prepared = PreparedTable.of(table, config, skip, policy);
                Pipeline p = Pipeline.run(config, prepared.raw(), prepared.ids());
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < prepared.rows().size(); i++) {
                    ShortageLevel level = p.classes().levels().get(i);
                    counts.get(prepared.rows().get(i).id())[level == null ? 3 : level.ordinal()]++;
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
        return new Outcome(counts, succeeded, failure);
    }

    /**
     * The respondents in id order: draw k picks the k-th respondent by id, so the replicates do not
     * depend on the order of the rows.
     */
    private static int[] byId(SurveyTable survey) {
        Integer[] order = new Integer[survey.respondentCount()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(survey::respondentId));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** A replicate by merging each drawn respondent's accumulators {@code draws} times (exact, slow). */
    private static IndicatorTable exactTable(SurveyTable survey, List<PositionAccumulator> accumulators,
            List<List<Integer>> pairsOf, int[] draws, ScoringConfig config) {
        Map<String, PositionAccumulator> positions = new HashMap<>();
        SalaryHistogram overall = new SalaryHistogram();
        for (int k = 0; k < draws.length; k++) {
            if (draws[k] == 0) {
                continue;
            }
            for (int pair : pairsOf.get(k)) {
                PositionAccumulator a = accumulators.get(pair);
                positions.computeIfAbsent(survey.positionId(survey.position(pair)), x -> new PositionAccumulator())
                        .merge(a, draws[k]);
                overall.addAll(a.salaries(), draws[k]);
            }
        }
        return SurveyIndicators.table(positions, overall, config.survey());
    }
}
