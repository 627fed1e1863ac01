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
        return score(data, List.of());
    }

    /**
     * Scores survey samples as {@link #score(SurveyData)}, with the indicators of other tables (e.g.
     * postings indicators) joined to the survey's by position id ({@link IndicatorTable#join}). The
     * bootstrap resamples survey respondents only, so with joined tables it is skipped with the
     * warning {@code BOOTSTRAP_WITH_JOINED}; positions of a joined table that the survey lacks are
     * listed in the warning {@code JOINED_NOT_IN_INPUT}.
     *
     * @param data the samples grouped by respondent
     * @param joined further indicator tables, none of whose indicators the survey has
     * @return the result
     * @throws ScoringException for bad input, an indicator in two tables or an undefined method
     */
    public ScoringResult score(SurveyData data, List<IndicatorTable> joined) {
        List<ScoringWarning> warnings = new ArrayList<>();
        IndicatorTable table = join(data.indicators(config.survey()), joined, warnings);
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
        if (!coverage.missingSeedSources().isEmpty()) {
            warnings.add(new ScoringWarning("MISSING_SEED_SOURCES", Messages.WARNING_MISSING_SEED_SOURCES.text(
                    String.join(", ", coverage.missingSeedSources()))));
        }
        if (data.unresolvedRows() > 0) {
            String titles = String.join("、", data.unresolvedTitles()) + (data.moreUnresolved() ? "…" : "");
            warnings.add(new ScoringWarning("UNRESOLVED_POSITION_NAMES",
                    Messages.WARNING_UNRESOLVED_POSITION_NAMES.text(Long.toString(data.unresolvedRows()), titles)));
        }
        boolean resample = joined.isEmpty();
        if (!resample && config.uncertainty() != null) {
            warnings.add(new ScoringWarning("BOOTSTRAP_WITH_JOINED", Messages.WARNING_BOOTSTRAP_WITH_JOINED.text()));
        }
        return ResultAssembler.assemble(config, table, under, insufficient, warnings, coverage,
                resample ? data.table() : null);
    }

    /**
     * Scores a CSV file as {@link #score(Path, PositionResolver)} (or {@link #score(Path)} without a
     * resolver), with the indicators of other tables joined by position id, as
     * {@link #score(SurveyData, List)} describes.
     *
     * @param csv survey samples or an indicator table
     * @param resolver places free-text titles, or {@code null}
     * @param joined further indicator tables
     * @return the result
     * @throws ScoringException for bad input or an indicator in two tables
     * @throws UncheckedIOException if the file cannot be read
     */
    public ScoringResult score(Path csv, @org.jspecify.annotations.Nullable PositionResolver resolver,
            List<IndicatorTable> joined) {
        if (isSurvey(csv)) {
            return score(resolver == null ? SurveyData.read(csv) : SurveyData.read(csv, resolver), joined);
        }
        List<ScoringWarning> warnings = new ArrayList<>();
        IndicatorTable table = join(IndicatorTable.readCsv(csv), joined, warnings);
        ScoringResult r = score(table);
        if (warnings.isEmpty()) {
            return r;
        }
        List<ScoringWarning> all = new ArrayList<>(r.warnings());
        all.addAll(warnings);
        return new ScoringResult(r.weights(), r.consistency(), r.classificationMethod(), r.breaks(), all, r.positions(),
                r.insufficientSample(), r.excluded(), r.coverage());
    }

    private static IndicatorTable join(IndicatorTable base, List<IndicatorTable> joined, List<ScoringWarning> warnings) {
        IndicatorTable out = base;
        for (IndicatorTable t : joined) {
            out = out.join(t);
            List<String> extra = t.positionsNotIn(base);
            if (!extra.isEmpty()) {
                String ids = String.join(", ", extra.subList(0, Math.min(10, extra.size()))) + (extra.size() > 10 ? "…" : "");
                warnings.add(new ScoringWarning("JOINED_NOT_IN_INPUT",
                        Messages.WARNING_JOINED_NOT_IN_INPUT.text(t.source(), extra.size(), ids)));
            }
        }
        return out;
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
