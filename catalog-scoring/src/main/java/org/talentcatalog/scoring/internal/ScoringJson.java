package org.talentcatalog.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.scoring.Consistency;
import org.talentcatalog.scoring.ConsultationSplit;
import org.talentcatalog.scoring.Coverage;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.RankInterval;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.UnscoredPosition;

/**
 * Writes a {@link ScoringResult} in docs/scoring.md's output shape. Members in order: weights,
 * consistency (only with AHP), classification {method, breaks (JENKS only)}, warnings, positions
 * (every member always present; {@code level}, {@code levelProbabilities}, {@code rankInterval} and
 * {@code respondents} are null when not computed), then insufficientSample, excluded and, for survey
 * input, coverage.
 */
public final class ScoringJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScoringJson() {
    }

    /** See {@link ScoringResult#toJson(Locale)}. */
    public static String write(ScoringResult r, Locale locale) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            numbers(g, "weights", r.weights());
            Consistency consistency = r.consistency();
            if (consistency != null) {
                g.writeObjectFieldStart("consistency");
                g.writeNumberField("lambdaMax", consistency.lambdaMax());
                g.writeNumberField("ci", consistency.ci());
                g.writeNumberField("cr", consistency.cr());
                g.writeStringField("randomIndex", consistency.randomIndex().name());
                g.writeEndObject();
            }
            g.writeObjectFieldStart("classification");
            g.writeStringField("method", r.classificationMethod());
            if (!r.breaks().isEmpty()) {
                g.writeArrayFieldStart("breaks");
                for (double b : r.breaks()) {
                    g.writeNumber(b);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("warnings");
            for (ScoringWarning w : r.warnings()) {
                g.writeString(w.text(locale));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("positions");
            for (PositionScore p : r.positions()) {
                position(g, p);
            }
            g.writeEndArray();
            unscored(g, "insufficientSample", r.insufficientSample(), locale);
            unscored(g, "excluded", r.excluded(), locale);
            Coverage coverage = r.coverage();
            if (coverage != null) {
                coverage(g, coverage);
            }
            Optional<ConsultationSplit> split = ConsultationSplit.of(r, ConsultationSplit.DEFAULT_THRESHOLD);
            if (split.isPresent()) {
                g.writeObjectFieldStart("consultation");
                g.writeNumberField("threshold", split.get().threshold());
                strings(g, "confident", split.get().confident());
                strings(g, "targeted", split.get().targeted());
                strings(g, "confidentOff", split.get().confidentOff());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void position(JsonGenerator g, PositionScore p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeNumberField("score", p.score());
        g.writeNumberField("rank", p.rank());
        g.writeFieldName("level");
        ShortageLevel level = p.level();
        if (level != null) {
            g.writeString(level.name());
        } else {
            g.writeNull();
        }
        numbers(g, "indicators", p.indicators());
        numbers(g, "contributions", p.contributions());
        if (p.levelProbabilities().isEmpty()) {
            g.writeNullField("levelProbabilities");
        } else {
            numbers(g, "levelProbabilities", p.levelProbabilities());
        }
        RankInterval interval = p.rankInterval();
        if (interval != null) {
            g.writeArrayFieldStart("rankInterval");
            g.writeNumber(interval.low());
            g.writeNumber(interval.high());
            g.writeEndArray();
        } else {
            g.writeNullField("rankInterval");
        }
        Integer respondents = p.respondents();
        if (respondents != null) {
            g.writeNumberField("respondents", respondents.intValue());
        } else {
            g.writeNullField("respondents");
        }
        g.writeEndObject();
    }

    private static void unscored(JsonGenerator g, String name, List<UnscoredPosition> list, Locale locale)
            throws IOException {
        boolean en = Languages.isEnglish(locale);
        g.writeArrayFieldStart(name);
        for (UnscoredPosition u : list) {
            g.writeStartObject();
            g.writeStringField("id", u.id());
            g.writeStringField("name", u.name());
            Integer respondents = u.respondents();
            if (respondents != null) {
                g.writeNumberField("respondents", respondents.intValue());
            }
            g.writeStringField("reason", en ? u.reasonEn() : u.reasonZh());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void coverage(JsonGenerator g, Coverage c) throws IOException {
        g.writeObjectFieldStart("coverage");
        counts(g, "respondentsByType", c.respondentsByType());
        counts(g, "respondentsByIndustry", c.respondentsByIndustry());
        counts(g, "respondentsByRegion", c.respondentsByRegion());
        g.writeArrayFieldStart("positionsUnderMinimum");
        for (String id : c.positionsUnderMinimum()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingSeedSources");
        for (String s : c.missingSeedSources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String name, Map<String, Double> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Double> e : map.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Integer> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
