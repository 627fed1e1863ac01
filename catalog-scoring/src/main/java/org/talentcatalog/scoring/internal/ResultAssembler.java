package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.Bootstrap;
import org.talentcatalog.scoring.Coverage;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.RankInterval;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.UnscoredPosition;

/** Runs the pipeline and the optional analyses and builds the {@link ScoringResult}. */
public final class ResultAssembler {

    private ResultAssembler() {
    }

    /**
     * @param config the configuration
     * @param table the indicator table
     * @param skip positions not to score (insufficient sample)
     * @param insufficient their descriptions
     * @param warnings warnings so far (appended to a copy)
     * @param coverage survey coverage, {@code null} for an indicator table
     * @param survey the survey rows per respondent × position for the bootstrap ({@code null} for a table)
     * @return the result
     */
    public static ScoringResult assemble(ScoringConfig config, IndicatorTable table, Set<String> skip,
            List<UnscoredPosition> insufficient, List<ScoringWarning> warnings, @Nullable Coverage coverage,
            @Nullable SurveyTable survey) {
        List<ScoringWarning> allWarnings = new ArrayList<>(warnings);
        PreparedTable prepared = PreparedTable.of(table, config, skip, config.missingValues());
        if (prepared.rows().isEmpty()) {
            throw ScoringException.input(table.source(), Messages.INPUT_NO_POSITION_LEFT.text());
        }
        List<String> ids = config.indicatorIds();
        Pipeline p = Pipeline.run(config, prepared.raw(), prepared.ids());
        allWarnings.addAll(p.weights().warnings());
        double[] scores = p.scores().scores();
        int[] ranks = Pipeline.ranks(scores);
        Map<String, int[]> counts = Map.of();
        int succeeded = 0;
        Bootstrap bootstrap = config.uncertainty();
        if (bootstrap != null && survey != null && survey.respondentCount() > 0) {
            BootstrapRunner.Outcome o = BootstrapRunner.run(config, survey, prepared.ids(), false);
            counts = o.counts();
            succeeded = o.succeeded();
            int failed = bootstrap.replicates() - succeeded;
            ScoringException e = o.firstFailure();
            if (e != null) {
                allWarnings.add(new ScoringWarning("BOOTSTRAP_REPLICATES_FAILED",
                        Messages.WARNING_BOOTSTRAP_FAILED.text(failed, e.issue().text())));
            }
        }
        RankInterval @Nullable [] intervals = config.sensitivity() != null
                ? SensitivityRunner.run(config, p.normalized(), p.weights().toArray(), ids, prepared.ids()) : null;
        List<PositionScore> positions = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            PositionRow row = prepared.rows().get(i);
            Map<String, Double> raw = new LinkedHashMap<>();
            Map<String, Double> contributions = new LinkedHashMap<>();
            for (int j = 0; j < ids.size(); j++) {
                raw.put(ids.get(j), prepared.raw()[i][j]);
                contributions.put(ids.get(j), p.scores().contributions()[i][j]);
            }
            Map<String, Double> probabilities = new LinkedHashMap<>();
            int[] c = counts.get(row.id());
            if (c != null && succeeded > 0) {
                for (ShortageLevel level : ShortageLevel.values()) {
                    probabilities.put(level.name(), (double) c[level.ordinal()] / succeeded);
                }
                probabilities.put(PositionScore.NONE, (double) c[3] / succeeded);
            }
            Double respondentCount = row.values().get("respondents");
            positions.add(new PositionScore(row.id(), row.name(), row.industry(), scores[i], ranks[i],
                    p.classes().levels().get(i), raw, contributions, probabilities,
                    intervals == null ? null : intervals[i],
                    coverage != null && respondentCount != null ? Integer.valueOf(respondentCount.intValue()) : null));
        }
        positions.sort(Comparator.comparingInt(PositionScore::rank).thenComparing(PositionScore::id));
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int j = 0; j < ids.size(); j++) {
            weights.put(ids.get(j), p.weights().values().get(j));
        }
        return new ScoringResult(weights, p.weights().consistency(), config.classification().method(),
                p.classes().breaks(), allWarnings, positions, insufficient, prepared.excluded(), coverage);
    }
}
