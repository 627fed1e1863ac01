package org.talentcatalog.scoring.internal;

import java.util.Locale;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.Aggregation;
import org.talentcatalog.scoring.Classification;
import org.talentcatalog.scoring.MissingValues;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringMethods;
import org.talentcatalog.scoring.SurveyOptions;
import org.talentcatalog.scoring.Weighting;

/**
 * Reads docs/scoring.md's configuration JSON; every error names the JSON member (e.g. {@code $.weighting.alpha}).
 * The four methods are looked up by name in a {@link ScoringMethods} registry.
 */
public final class ConfigParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigParser() {
    }

    /** See {@link ScoringConfig#fromJson(String, String, ScoringMethods)}. */
    public static ScoringConfig parse(String json, String source, ScoringMethods methods) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ScoringException.syntax(source + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr()), Messages.CONFIG_NOT_JSON.text(e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw ScoringException.config("$", Messages.CONFIG_NOT_OBJECT.text());
        }
        JsonConfig root = JsonConfig.root(tree, methods);
        root.declare("indicators", "normalization", "weighting", "aggregation", "classification",
                "minRespondents", "missing", "survey", "uncertainty", "sensitivity");
        ScoringConfig.Builder b = ScoringConfig.builder();
        List<JsonNode> indicators = root.array("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            JsonConfig ind = root.element(indicators.get(i), "$.indicators[" + i + "]");
            ind.declare("id", "direction");
            b.indicator(ind.requiredText("id"),
                    ind.enumValue("direction", IndicatorDirection.class, IndicatorDirection.POSITIVE));
        }
        if (root.present("normalization")) {
            b.normalization(JsonConfig.method(Normalization.class, root.get("normalization"), "$.normalization", methods));
        }
        if (root.present("weighting")) {
            b.weighting(JsonConfig.method(Weighting.class, root.get("weighting"), "$.weighting", methods));
        }
        if (root.present("aggregation")) {
            b.aggregation(JsonConfig.method(Aggregation.class, root.get("aggregation"), "$.aggregation", methods));
        }
        if (root.present("classification")) {
            b.classification(JsonConfig.method(Classification.class, root.get("classification"), "$.classification",
                    methods));
        }
        if (root.present("minRespondents")) {
            b.minRespondents(root.integer("minRespondents", 0, 0));
        }
        if (root.present("missing")) {
            b.missingValues(root.enumValue("missing", MissingValues.class, MissingValues.ERROR));
        }
        if (root.present("survey")) {
            JsonConfig s = root.element(root.get("survey"), "$.survey");
            s.declare("zeroApplicants", "applicantsFloor");
            SurveyOptions.ZeroApplicants z = s.enumValue("zeroApplicants", SurveyOptions.ZeroApplicants.class,
                    SurveyOptions.ZeroApplicants.FLOOR);
            double floor = s.number("applicantsFloor", 1.0);
            if (!(floor > 0)) {
                throw s.error("applicantsFloor", Messages.CONFIG_MUST_BE_POSITIVE.format(Locale.ROOT),
                        Messages.CONFIG_MUST_BE_POSITIVE.format(Locale.ENGLISH));
            }
            b.survey(new SurveyOptions(z, floor));
        }
        if (root.present("uncertainty")) {
            JsonConfig u = root.element(root.get("uncertainty"), "$.uncertainty");
            u.declare("bootstrap", "seed");
            b.uncertainty(u.requiredIntegerIn("bootstrap", 1, Limits.MAX_REPLICATES), u.longValue("seed", 0L));
        }
        if (root.present("sensitivity")) {
            JsonConfig s = root.element(root.get("sensitivity"), "$.sensitivity");
            s.declare("runs", "weightNoise", "seed");
            b.sensitivity(s.requiredIntegerIn("runs", 1, Limits.MAX_RUNS), s.number("weightNoise", 0.2),
                    s.longValue("seed", 0L));
        }
        return b.build();
    }
}
