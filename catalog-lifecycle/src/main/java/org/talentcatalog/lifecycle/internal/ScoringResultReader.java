package org.talentcatalog.lifecycle.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.lifecycle.LifecycleInputException;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;

/**
 * Reads the scoring JSON that {@code ScoringResult.toJson} writes (docs/scoring.md), as far as the
 * lifecycle needs it: the weights, the classification method and each position's id, name, score,
 * rank, level, indicators and level probabilities. Every fault is a {@link LifecycleInputException}
 * at its file and member.
 */
public final class ScoringResultReader {

    /** The largest scoring JSON read: 64 MiB. */
    public static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ScoringResultReader() {
    }

    /** The result in {@code file}. */
    public static ScoringResult read(Path file) throws IOException {
        String name = file.toString();
        if (Files.size(file) > MAX_BYTES) {
            throw new LifecycleInputException(name, Messages.SCORES_TOO_LARGE.text(MAX_BYTES >> 20));
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new LifecycleInputException(name + at, Messages.SCORES_NOT_JSON.text(e.getOriginalMessage()));
        }
        return read(root, name);
    }

    /** The result in a parsed scoring JSON; {@code source} names it in messages. */
    public static ScoringResult read(JsonNode root, String source) {
        if (root == null || !root.isObject() || !root.path("positions").isArray()) {
            throw new LifecycleInputException(source, Messages.SCORES_NO_POSITIONS.text());
        }
        List<PositionScore> positions = new ArrayList<>();
        JsonNode array = root.get("positions");
        for (int i = 0; i < array.size(); i++) {
            positions.add(position(array.get(i), source + " [/positions/" + i + "]"));
        }
        Map<String, Double> weights = numbers(root.path("weights"), source + " [/weights]");
        String method = root.path("classification").path("method").asText("");
        return new ScoringResult(weights, null, method, List.of(), List.of(), positions, List.of(), List.of(), null);
    }

    private static PositionScore position(JsonNode p, String at) {
        JsonNode id = p.get("id");
        JsonNode score = p.get("score");
        if (!p.isObject() || id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new LifecycleInputException(at, Messages.SCORES_BAD_MEMBER.text("id"));
        }
        if (score == null || !score.isNumber() || !Double.isFinite(score.doubleValue())) {
            throw new LifecycleInputException(at, Messages.SCORES_BAD_MEMBER.text("score"));
        }
        JsonNode level = p.get("level");
        ShortageLevel shortage = null;
        if (level != null && !level.isNull()) {
            try {
                shortage = ShortageLevel.valueOf(level.asText());
            } catch (IllegalArgumentException e) {
                throw new LifecycleInputException(at, Messages.SCORES_BAD_MEMBER.text("level"));
            }
        }
        return new PositionScore(id.textValue(), p.path("name").asText(""), p.path("industry").asText(""),
                score.doubleValue(), p.path("rank").asInt(0), shortage, numbers(p.path("indicators"), at),
                Map.of(), numbers(p.path("levelProbabilities"), at), null,
                p.path("respondents").isInt() ? p.get("respondents").intValue() : null);
    }

    private static Map<String, Double> numbers(JsonNode object, String at) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!object.isObject()) {
            return out;
        }
        object.fields().forEachRemaining(e -> {
            if (!e.getValue().isNumber()) {
                throw new LifecycleInputException(at, Messages.SCORES_BAD_MEMBER.text(e.getKey()));
            }
            out.put(e.getKey(), e.getValue().doubleValue());
        });
        return out;
    }
}
