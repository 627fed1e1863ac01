package org.talentcatalog.scoring;

import org.talentcatalog.scoring.internal.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Indicator;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ScoringMethod;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.Thresholds;
import org.talentcatalog.scoring.internal.ThresholdClassification;

/**
 * Writes a draft catalog from a template and a scoring result (docs/scoring.md, "Draft catalog"):
 * the positions carry the computed {@code shortage} and {@code methodology.scoring} records the
 * method.
 *
 * <p>The draft is the template with status {@link Status#DRAFT}, and:
 * <ul>
 *   <li>positions: the template's positions that the result lists with a level (急需紧缺程度), matched by
 *       id, in template order, each keeping its other members and getting {@code shortage} = level,
 *       score rounded to 4 decimals (kept unrounded where rounding would cross a recorded threshold,
 *       left out when outside 0..1) and confidence = the bootstrap probability of that level (only when
 *       the bootstrap ran). Positions not listed (below the lowest level, insufficient sample, excluded)
 *       are left out;</li>
 *   <li>scored positions missing from the template are left out with a warning: a position needs a
 *       name, an industry code, a job category and requirements that a survey does not supply;</li>
 *   <li>{@code methodology.scoring}: the pipeline's method names, each indicator with its direction,
 *       weight and (if the template's scoring method names it) its name, and the thresholds when the
 *       classification is THRESHOLDS. The template's survey and consultations are kept.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CatalogDrafts {

    private static final int DECIMALS = 4;

    private CatalogDrafts() {
    }

    /**
     * The draft catalog.
     *
     * @param template the catalog to fill (any status; read leniently or not)
     * @param result the scoring result
     * @param config the configuration that produced it
     * @return the draft and the warnings about what it leaves out
     */
    public static CatalogDraft draft(Catalog template, ScoringResult result, ScoringConfig config) {
        List<ScoringWarning> warnings = new ArrayList<>();
        double @Nullable [] thresholds = thresholds(config, warnings);
        Map<String, PositionScore> listed = new LinkedHashMap<>();
        for (PositionScore p : result.positions()) {
            if (p.level() != null) {
                listed.put(p.id(), p);
            }
        }
        List<Position> positions = new ArrayList<>();
        for (Position position : template.positions()) {
            PositionScore score = position.id() == null ? null : listed.remove(position.id());
            if (score != null) {
                positions.add(position.toBuilder().shortage(shortage(score, thresholds, warnings)).build());
            }
        }
        for (PositionScore missing : listed.values()) {
            ShortageLevel level = Objects.requireNonNull(missing.level());
            warnings.add(new ScoringWarning("POSITION_NOT_IN_TEMPLATE", Messages.WARNING_POSITION_NOT_IN_TEMPLATE.text(
                    missing.id(), LocalizedText.of(level.zh(), level.name()))));
        }
        Methodology old = template.methodology();
        Methodology methodology = new Methodology(old == null ? null : old.survey(),
                scoringMethod(template, result, config, thresholds), old == null ? List.of() : old.consultations());
        Catalog draft = template.toBuilder().status(Status.DRAFT).methodology(methodology).positions(positions).build();
        return new CatalogDraft(draft, warnings);
    }

    private static Shortage shortage(PositionScore p, double @Nullable [] thresholds, List<ScoringWarning> warnings) {
        ShortageLevel level = Objects.requireNonNull(p.level());
        Double score = null;
        if (p.score() >= 0 && p.score() <= 1) {
            double rounded = round(p.score());
            score = thresholds != null && levelOf(rounded, thresholds) != level ? p.score() : rounded;
        } else {
            warnings.add(new ScoringWarning("SCORE_OUT_OF_RANGE", Messages.WARNING_SCORE_OUT_OF_RANGE.text(p.id(), p.score())));
        }
        OptionalDouble confidence = p.levelConfidence();
        return new Shortage(level, score, confidence.isPresent() ? round(confidence.getAsDouble()) : null, null);
    }

    private static double @Nullable [] thresholds(ScoringConfig config, List<ScoringWarning> warnings) {
        if (!(config.classification() instanceof ThresholdClassification t)) {
            return null;
        }
        double[] v = t.values();
        for (double x : v) {
            if (x < 0 || x > 1) {
                warnings.add(new ScoringWarning("THRESHOLDS_OUT_OF_RANGE", Messages.WARNING_THRESHOLDS_OUT_OF_RANGE.text()));
                return null;
            }
        }
        return v;
    }

    private static ScoringMethod scoringMethod(Catalog template, ScoringResult result, ScoringConfig config,
            double @Nullable [] thresholds) {
        Map<String, LocalizedText> names = new HashMap<>();
        Methodology old = template.methodology();
        if (old != null && old.scoring() != null) {
            old.scoring().indicators().forEach(i -> names.put(i.id(), i.name()));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorSpec spec : config.indicators()) {
            Double weight = result.weights().get(spec.id());
            IndicatorDirection direction = spec.direction();
            indicators.add(new Indicator(spec.id(), names.get(spec.id()), direction,
                    weight == null ? null : round(weight)));
        }
        String method = config.normalization().method() + " → " + config.weighting().method() + " → "
                + config.aggregation().method() + " → " + result.classificationMethod()
                + (result.breaks().isEmpty() ? "" : " " + rounded(result.breaks()))
                + " (catalog-scoring, docs/scoring.md)";
        Thresholds t = thresholds == null ? null : new Thresholds(thresholds[0], thresholds[1], thresholds[2]);
        return new ScoringMethod(method, indicators, t);
    }

    private static @Nullable ShortageLevel levelOf(double score, double[] thresholds) {
        ShortageLevel[] levels = ShortageLevel.values();
        for (int k = 0; k < 3; k++) {
            if (score >= thresholds[k]) {
                return levels[k];
            }
        }
        return null;
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(CatalogDrafts::round).toList();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
