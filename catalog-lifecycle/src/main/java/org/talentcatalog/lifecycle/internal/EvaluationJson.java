package org.talentcatalog.lifecycle.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.talentcatalog.lifecycle.BackTest;
import org.talentcatalog.lifecycle.EffectEvaluation;
import org.talentcatalog.lifecycle.EffectEvaluation.GroupEffect;
import org.talentcatalog.lifecycle.EffectEvaluation.Interval;
import org.talentcatalog.lifecycle.EffectEvaluation.PositionEffect;

/** The JSON of an evaluation and of a back-test (docs/lifecycle.md). */
public final class EvaluationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EvaluationJson() {
    }

    /** The evaluation's JSON. */
    public static String write(EffectEvaluation e) {
        return write(e, null);
    }

    /** The evaluation's JSON, with {@code backTest} when a back-test is given. */
    public static String write(EffectEvaluation e, BackTest backTest) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("positions");
            for (PositionEffect p : e.positions()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeBooleanField("listed", p.listed());
                if (p.level() == null) {
                    g.writeNullField("level");
                } else {
                    g.writeStringField("level", p.level().name());
                }
                numbers(g, "before", p.before());
                numbers(g, "after", p.after());
                numbers(g, "change", p.change());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("groups");
            group(g, "listed", e.listed());
            group(g, "unlisted", e.unlisted());
            g.writeEndObject();
            numbers(g, "differenceInDifferences", e.differenceInDifferences());
            g.writeObjectFieldStart("intervals");
            for (Map.Entry<String, Interval> i : e.intervals().entrySet()) {
                g.writeArrayFieldStart(i.getKey());
                g.writeNumber(i.getValue().low());
                g.writeNumber(i.getValue().high());
                g.writeEndArray();
            }
            g.writeEndObject();
            if (backTest != null) {
                backTest(g, backTest);
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString() + "\n";
    }

    private static void backTest(JsonGenerator g, BackTest b) throws IOException {
        g.writeObjectFieldStart("backTest");
        nullable(g, "kappa", b.kappa());
        nullable(g, "spearman", b.spearman());
        g.writeNumberField("positions", b.positions());
        g.writeNumberField("scored", b.scored());
        strings(g, "stayed", b.stayed());
        strings(g, "entered", b.entered());
        strings(g, "left", b.left());
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, String name, GroupEffect group) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("positions", group.positions());
        numbers(g, "meanChange", group.meanChange());
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String name, Map<String, Double> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Double> v : values.entrySet()) {
            g.writeNumberField(v.getKey(), v.getValue());
        }
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
