package org.talentcatalog.lifecycle;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.lifecycle.internal.EvaluationJson;
import org.talentcatalog.lifecycle.internal.EvaluationMarkdown;
import org.talentcatalog.lifecycle.internal.Effects;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.scoring.SurveyData;
import org.talentcatalog.scoring.SurveyOptions;

/**
 * Effect evaluation (seed 十一): the listed positions' change between two survey waves against the
 * change of the positions the catalog does not list, as a difference in differences with percentile
 * bootstrap intervals (docs/lifecycle.md, "Effect evaluation"). Each wave is aggregated exactly as
 * {@code catalog score} aggregates survey samples ({@link SurveyData#indicators(SurveyOptions)}).
 *
 * <pre>{@code
 * EffectEvaluation e = Evaluation.evaluate(catalog, SurveyData.read(before), SurveyData.read(after), Evaluation.Options.DEFAULT);
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Evaluation {

    /** The standard survey indicators evaluated, in output order. */
    public static final List<String> INDICATORS = List.of("demand_supply_ratio", "vacancies", "unfilled_rate",
            "days_to_fill", "salary_premium", "difficulty");

    /** The most bootstrap replicates. */
    public static final int MAX_REPLICATES = 100_000;

    private Evaluation() {
    }

    /**
     * How the intervals are drawn.
     *
     * @param replicates bootstrap replicates, 0 (no intervals) to {@link #MAX_REPLICATES}
     * @param seed the seed of the replicates' draws
     * @param level the interval's coverage, in (0, 1), e.g. 0.95 for the 2.5th to 97.5th percentiles
     * @param survey the zero-applicants convention of the aggregation
     */
    public record Options(int replicates, long seed, double level, SurveyOptions survey) {

        /** 1000 replicates, seed 1, 95 %, the default survey options. */
        public static final Options DEFAULT = new Options(1000, 1L, 0.95, SurveyOptions.DEFAULT);

        /** Checks the ranges. */
        public Options {
            if (replicates < 0 || replicates > MAX_REPLICATES) {
                throw new IllegalArgumentException("replicates must be 0 to " + MAX_REPLICATES + ": " + replicates);
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1): " + level);
            }
            java.util.Objects.requireNonNull(survey, "survey");
        }
    }

    /**
     * The evaluation of a catalog between two waves.
     *
     * @param catalog the catalog whose positions are the listed group
     * @param before the first wave
     * @param after the second wave
     * @param options the bootstrap's options
     * @return the evaluation
     */
    public static EffectEvaluation evaluate(Catalog catalog, SurveyData before, SurveyData after, Options options) {
        return Effects.evaluate(catalog, before, after, options);
    }

    /**
     * The evaluation's JSON (docs/lifecycle.md), with the member {@code backTest} when one is given.
     *
     * @param evaluation the evaluation
     * @param backTest the back-test against the next edition, or {@code null}
     */
    public static String json(EffectEvaluation evaluation, @Nullable BackTest backTest) {
        return EvaluationJson.write(evaluation, backTest);
    }

    /**
     * The evaluation as a Markdown report, with a chart-ready table per level and the back-test's
     * section when one is given.
     *
     * @param evaluation the evaluation
     * @param backTest the back-test against the next edition, or {@code null}
     * @param title the catalog's title, for the heading
     * @param locale English for English locales, Chinese otherwise
     */
    public static String markdown(EffectEvaluation evaluation, @Nullable BackTest backTest, String title,
            @Nullable Locale locale) {
        return EvaluationMarkdown.write(evaluation, backTest, title, locale);
    }
}
