package org.talentcatalog.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.AhpPriority;
import org.talentcatalog.scoring.Aggregation;
import org.talentcatalog.scoring.Classification;
import org.talentcatalog.scoring.MissingValues;
import org.talentcatalog.scoring.Normalization;
import org.talentcatalog.scoring.RandomIndex;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveyOptions;
import org.talentcatalog.scoring.Weighting;

/** Reads docs/scoring.md's configuration JSON; every error names the JSON member (e.g. {@code $.weighting.alpha}). */
public final class ConfigParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigParser() {
    }

    /** See {@link ScoringConfig#fromJson}. */
    public static ScoringConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ScoringException.syntax(source + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr()),
                    "配置不是有效的 JSON：" + e.getOriginalMessage(), "configuration is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ScoringException.config("$", "配置应为 JSON 对象", "the configuration must be a JSON object");
        }
        only(root, "$", "indicators", "normalization", "weighting", "aggregation", "classification",
                "minRespondents", "missing", "survey", "uncertainty", "sensitivity");
        ScoringConfig.Builder b = ScoringConfig.builder();
        JsonNode indicators = required(root, "$", "indicators");
        if (!indicators.isArray()) {
            throw bad("$.indicators", "应为数组", "must be an array");
        }
        for (int i = 0; i < indicators.size(); i++) {
            String at = "$.indicators[" + i + "]";
            JsonNode ind = indicators.get(i);
            only(ind, at, "id", "direction");
            b.indicator(text(required(ind, at, "id"), at + ".id"),
                    ind.has("direction") ? enumValue(IndicatorDirection.class, ind.get("direction"), at + ".direction")
                            : IndicatorDirection.POSITIVE);
        }
        if (root.has("normalization")) {
            b.normalization(normalization(root.get("normalization")));
        }
        if (root.has("weighting")) {
            b.weighting(weighting(root.get("weighting"), "$.weighting"));
        }
        if (root.has("aggregation")) {
            b.aggregation(aggregation(root.get("aggregation")));
        }
        if (root.has("classification")) {
            b.classification(classification(root.get("classification")));
        }
        if (root.has("minRespondents")) {
            b.minRespondents(integer(root.get("minRespondents"), "$.minRespondents", 0));
        }
        if (root.has("missing")) {
            b.missingValues(enumValue(MissingValues.class, root.get("missing"), "$.missing"));
        }
        if (root.has("survey")) {
            JsonNode s = root.get("survey");
            only(s, "$.survey", "zeroApplicants", "applicantsFloor");
            SurveyOptions.ZeroApplicants z = s.has("zeroApplicants")
                    ? enumValue(SurveyOptions.ZeroApplicants.class, s.get("zeroApplicants"), "$.survey.zeroApplicants")
                    : SurveyOptions.ZeroApplicants.FLOOR;
            double floor = s.has("applicantsFloor") ? number(s.get("applicantsFloor"), "$.survey.applicantsFloor") : 1.0;
            if (!(floor > 0)) {
                throw bad("$.survey.applicantsFloor", "应为正数", "must be positive");
            }
            b.survey(new SurveyOptions(z, floor));
        }
        if (root.has("uncertainty")) {
            JsonNode u = root.get("uncertainty");
            only(u, "$.uncertainty", "bootstrap", "seed");
            b.uncertainty(integer(required(u, "$.uncertainty", "bootstrap"), "$.uncertainty.bootstrap", 1),
                    u.has("seed") ? longValue(u.get("seed"), "$.uncertainty.seed") : 0L);
        }
        if (root.has("sensitivity")) {
            JsonNode s = root.get("sensitivity");
            only(s, "$.sensitivity", "runs", "weightNoise", "seed");
            b.sensitivity(integer(required(s, "$.sensitivity", "runs"), "$.sensitivity.runs", 1),
                    s.has("weightNoise") ? number(s.get("weightNoise"), "$.sensitivity.weightNoise") : 0.2,
                    s.has("seed") ? longValue(s.get("seed"), "$.sensitivity.seed") : 0L);
        }
        return b.build();
    }

    private static Normalization normalization(JsonNode n) {
        only(n, "$.normalization", "method");
        String m = method(n, "$.normalization");
        return switch (m) {
            case "NONE" -> Normalization.none();
            case "MIN_MAX" -> Normalization.minMax();
            case "Z_SCORE" -> Normalization.zScore();
            case "VECTOR" -> Normalization.vector();
            case "RANK" -> Normalization.rank();
            default -> throw unknownMethod("$.normalization.method", m, "NONE, MIN_MAX, Z_SCORE, VECTOR, RANK");
        };
    }

    private static Weighting weighting(JsonNode w, String at) {
        String m = method(w, at);
        switch (m) {
            case "EQUAL":
                only(w, at, "method");
                return Weighting.equal();
            case "FIXED": {
                only(w, at, "method", "weights");
                JsonNode ws = required(w, at, "weights");
                if (!ws.isObject()) {
                    throw bad(at + ".weights", "应为对象 {\"指标\": 权重}", "must be an object {\"indicator\": weight}");
                }
                Map<String, Double> map = new LinkedHashMap<>();
                ws.fields().forEachRemaining(e -> map.put(e.getKey(), number(e.getValue(), at + ".weights." + e.getKey())));
                return Weighting.fixed(map);
            }
            case "AHP": {
                only(w, at, "method", "pairwise", "priority", "randomIndex");
                JsonNode p = required(w, at, "pairwise");
                if (!p.isArray()) {
                    throw bad(at + ".pairwise", "应为二维数组", "must be an array of arrays");
                }
                double[][] matrix = new double[p.size()][];
                for (int i = 0; i < p.size(); i++) {
                    JsonNode row = p.get(i);
                    if (!row.isArray()) {
                        throw bad(at + ".pairwise[" + i + "]", "应为数组", "must be an array");
                    }
                    matrix[i] = new double[row.size()];
                    for (int j = 0; j < row.size(); j++) {
                        matrix[i][j] = number(row.get(j), at + ".pairwise[" + i + "][" + j + "]");
                    }
                }
                AhpPriority pr = w.has("priority") ? enumValue(AhpPriority.class, w.get("priority"), at + ".priority")
                        : AhpPriority.EIGENVECTOR;
                RandomIndex ri = w.has("randomIndex") ? enumValue(RandomIndex.class, w.get("randomIndex"), at + ".randomIndex")
                        : RandomIndex.SAATY_CLASSIC;
                return Weighting.ahp(matrix, pr, ri);
            }
            case "ENTROPY": {
                only(w, at, "method", "on");
                String on = w.has("on") ? text(w.get("on"), at + ".on") : "RAW";
                if (!on.equals("RAW") && !on.equals("NORMALIZED")) {
                    throw bad(at + ".on", "应为 RAW 或 NORMALIZED：" + on, "must be RAW or NORMALIZED: " + on);
                }
                return Weighting.entropy(on.equals("NORMALIZED"));
            }
            case "CRITIC":
                only(w, at, "method");
                return Weighting.critic();
            case "COMBINED": {
                only(w, at, "method", "subjective", "objective", "alpha");
                double alpha = w.has("alpha") ? number(w.get("alpha"), at + ".alpha") : 0.5;
                return Weighting.combined(weighting(required(w, at, "subjective"), at + ".subjective"),
                        weighting(required(w, at, "objective"), at + ".objective"), alpha);
            }
            default:
                throw unknownMethod(at + ".method", m, "EQUAL, FIXED, AHP, ENTROPY, CRITIC, COMBINED");
        }
    }

    private static Aggregation aggregation(JsonNode a) {
        String m = method(a, "$.aggregation");
        switch (m) {
            case "WEIGHTED_SUM":
                only(a, "$.aggregation", "method");
                return Aggregation.weightedSum();
            case "GEOMETRIC":
                only(a, "$.aggregation", "method", "floor");
                return Aggregation.geometric(a.has("floor")
                        ? OptionalDouble.of(number(a.get("floor"), "$.aggregation.floor")) : OptionalDouble.empty());
            case "TOPSIS":
                only(a, "$.aggregation", "method");
                return Aggregation.topsis();
            default:
                throw unknownMethod("$.aggregation.method", m, "WEIGHTED_SUM, GEOMETRIC, TOPSIS");
        }
    }

    private static Classification classification(JsonNode c) {
        String at = "$.classification";
        String m = method(c, at);
        switch (m) {
            case "THRESHOLDS":
            case "QUANTILES": {
                only(c, at, "method", "VERY_SCARCE", "SCARCE", "GENERALLY_SCARCE");
                double vs = number(required(c, at, "VERY_SCARCE"), at + ".VERY_SCARCE");
                double s = number(required(c, at, "SCARCE"), at + ".SCARCE");
                double gs = number(required(c, at, "GENERALLY_SCARCE"), at + ".GENERALLY_SCARCE");
                return m.equals("THRESHOLDS") ? Classification.thresholds(vs, s, gs) : Classification.quantiles(vs, s, gs);
            }
            case "JENKS":
                only(c, at, "method", "classes");
                return Classification.jenks(c.has("classes") ? integer(c.get("classes"), at + ".classes", 1) : 3);
            default:
                throw unknownMethod(at + ".method", m, "THRESHOLDS, QUANTILES, JENKS");
        }
    }

    private static void only(JsonNode node, String at, String... allowed) {
        if (!node.isObject()) {
            throw bad(at, "应为 JSON 对象", "must be a JSON object");
        }
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!ok.contains(name)) {
                throw ScoringException.config(at + "." + name, "未知的配置项：" + name + "（允许：" + String.join(", ", allowed) + "）",
                        "unknown member: " + name + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static JsonNode required(JsonNode node, String at, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw ScoringException.config(at + "." + name, "缺少必需的配置项 " + name, "missing required member " + name);
        }
        return v;
    }

    private static String method(JsonNode node, String at) {
        if (!node.isObject()) {
            throw bad(at, "应为 JSON 对象", "must be a JSON object");
        }
        return text(required(node, at, "method"), at + ".method").toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode v, String at) {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw bad(at, "应为非空字符串", "must be a non-empty string");
        }
        return v.asText().strip();
    }

    private static double number(JsonNode v, String at) {
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw bad(at, "应为数字", "must be a number");
        }
        return v.asDouble();
    }

    private static int integer(JsonNode v, String at, int min) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min) {
            throw bad(at, "应为 ≥ " + min + " 的整数", "must be an integer >= " + min);
        }
        return v.asInt();
    }

    private static long longValue(JsonNode v, String at) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad(at, "应为整数", "must be an integer");
        }
        return v.asLong();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v, String at) {
        String s = text(v, at).toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name());
        }
        throw bad(at, "无效的值 " + s + "（允许：" + names + "）", "invalid value " + s + " (allowed: " + names + ")");
    }

    private static ScoringException unknownMethod(String at, String m, String allowed) {
        return bad(at, "未知的方法 " + m + "（允许：" + allowed + "）", "unknown method " + m + " (allowed: " + allowed + ")");
    }

    private static ScoringException bad(String at, String zh, String en) {
        return ScoringException.config(at, zh, en);
    }
}
