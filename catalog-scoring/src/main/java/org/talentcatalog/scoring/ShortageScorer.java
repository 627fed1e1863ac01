package org.talentcatalog.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.CsvColumns;
import org.talentcatalog.scoring.internal.Messages;
import org.talentcatalog.scoring.internal.ResultAssembler;
import org.talentcatalog.scoring.spi.PositionResolver;

/**
 * The scoring engine (急需紧缺程度评价): survey samples or an indicator table in, ranked and
 * classified positions out, configured by a {@link ScoringConfig}.
 *
 * <pre>{@code
 * ShortageScorer scorer = ShortageScorer.of(ScoringConfig.read(Path.of("config.json")));
 * ScoringResult result = scorer.score(Path.of("samples.csv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build once, share, call from any thread. Uncertainty (bootstrap) and
 * sensitivity run only when configured; the bootstrap needs survey samples.
 */
public final class ShortageScorer {

    private final ScoringConfig config;

    private ShortageScorer(ScoringConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * A scorer for a configuration.
     *
     * @param config the configuration
     * @return the scorer
     */
    public static ShortageScorer of(ScoringConfig config) {
        return new ShortageScorer(config);
    }

    /** The configuration. */
    public ScoringConfig config() {
        return config;
    }

    /**
     * Scores an indicator table. A configured bootstrap is skipped with a warning (it resamples
     * respondents, which an indicator table does not have).
     *
     * @param table the positions and raw indicator values
     * @return the result
     * @throws ScoringException for bad input or an undefined method
     */
    public ScoringResult score(IndicatorTable table) {
        List<ScoringWarning> warnings = new ArrayList<>();
        if (config.uncertainty() != null) {
            warnings.add(new ScoringWarning("BOOTSTRAP_NEEDS_SURVEY", Messages.WARNING_BOOTSTRAP_NEEDS_SURVEY.text()));
        }
        return ResultAssembler.assemble(config, table, Set.of(), List.of(), warnings, null, null);
    }

    /**
     * Scores survey samples: aggregates them into the standard indicators, reports positions under
     * {@code minRespondents} as insufficient sample, scores the rest and, if configured, runs the
     * bootstrap and the sensitivity analysis.
     *
     * @param data the samples grouped by respondent
     * @return the result
     * @throws ScoringException for bad input or an undefined method
     */
    public ScoringResult score(SurveyData data) {
        IndicatorTable table = data.indicators(config.survey());
        Coverage coverage = data.coverage(config.minRespondents());
        Set<String> under = new HashSet<>(coverage.positionsUnderMinimum());
        List<UnscoredPosition> insufficient = new ArrayList<>();
        for (PositionRow row : table.rows()) {
            if (under.contains(row.id())) {
                int n = row.values().getOrDefault("respondents", 0.0).intValue();
                insufficient.add(new UnscoredPosition(row.id(), row.name(), n,
                        Messages.INPUT_FEW_RESPONDENTS.format(Locale.ROOT, n, config.minRespondents()),
                        Messages.INPUT_FEW_RESPONDENTS.format(Locale.ENGLISH, n, config.minRespondents())));
            }
        }
        List<ScoringWarning> warnings = new ArrayList<>();
        if (!coverage.missingSeedSources().isEmpty()) {
            warnings.add(new ScoringWarning("MISSING_SEED_SOURCES", Messages.WARNING_MISSING_SEED_SOURCES.text(
                    String.join(", ", coverage.missingSeedSources()))));
        }
        if (data.unresolvedRows() > 0) {
            String titles = String.join("、", data.unresolvedTitles()) + (data.moreUnresolved() ? "…" : "");
            warnings.add(new ScoringWarning("UNRESOLVED_POSITION_NAMES",
                    Messages.WARNING_UNRESOLVED_POSITION_NAMES.text(Long.toString(data.unresolvedRows()), titles)));
        }
        return ResultAssembler.assemble(config, table, under, insufficient, warnings, coverage,
                data.table());
    }

    /**
     * Scores a CSV file, recognising its kind from the header: a {@code respondent_id} column means
     * survey samples, otherwise a {@code position_id} column means an indicator table.
     *
     * @param csv the file (UTF-8 or GB18030, detected by {@link TextEncoding})
     * @return the result
     * @throws ScoringException for bad input
     * @throws UncheckedIOException if the file cannot be read
     */
    public ScoringResult score(Path csv) {
        return isSurvey(csv) ? score(SurveyData.read(csv)) : score(IndicatorTable.readCsv(csv));
    }

    /**
     * Scores a CSV file as {@link #score(Path)}, placing survey rows that name their position only in
     * free text with {@code resolver} ({@link SurveyData#read(Path, PositionResolver)}); rows it cannot
     * place are left out and listed in the warning {@code UNRESOLVED_POSITION_NAMES}.
     *
     * @param csv the file
     * @param resolver places free-text titles
     * @return the result
     * @throws ScoringException for bad input
     * @throws UncheckedIOException if the file cannot be read
     */
    public ScoringResult score(Path csv, PositionResolver resolver) {
        return isSurvey(csv) ? score(SurveyData.read(csv, resolver)) : score(IndicatorTable.readCsv(csv));
    }

    /**
     * Whether a CSV file holds survey samples (its header has {@code respondent_id}) rather than an
     * indicator table.
     *
     * @param csv the file
     * @return true for survey samples
     * @throws ScoringException if the header has neither {@code respondent_id} nor {@code position_id}
     */
    public static boolean isSurvey(Path csv) {
        try (Reader r = TextEncoding.open(csv)) {
            CsvColumns cols = new CsvColumns(r, csv.getFileName().toString());
            if (cols.has("respondent_id")) {
                return true;
            }
            cols.require("position_id");
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
