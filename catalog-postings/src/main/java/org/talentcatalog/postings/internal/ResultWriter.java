package org.talentcatalog.postings.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.postings.Grouping;
import org.talentcatalog.postings.PostingsGroup;
import org.talentcatalog.postings.PostingsResult;
import org.talentcatalog.postings.PostingsSummary;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.PositionRow;
import org.talentcatalog.scoring.ScoringWarning;

/** Writes a {@link PostingsResult} as JSON or as an indicator-table CSV. */
public final class ResultWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultWriter() {
    }

    /** The JSON text of {@link PostingsResult#json}. */
    public static String json(PostingsResult result, @Nullable Locale locale) {
        StringWriter out = new StringWriter();
        IndicatorTable table = result.toIndicatorTable();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart(result.grouping() == Grouping.POSITION ? "positions" : "occupations");
            for (int i = 0; i < result.groups().size(); i++) {
                PostingsGroup p = result.groups().get(i);
                PositionRow row = table.rows().get(i);
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("name", p.name());
                g.writeNumberField("rows", p.rows());
                g.writeNumberField("merged_duplicates", p.mergedDuplicates());
                g.writeNumberField("with_salary", p.withSalary());
                g.writeNumberField("with_closing", p.withClosing());
                g.writeObjectFieldStart("indicators");
                for (Map.Entry<String, Double> e : row.values().entrySet()) {
                    g.writeFieldName(e.getKey());
                    g.writeNumber(number(e.getValue()));
                }
                g.writeEndObject();
                mix(g, "education", p.education());
                mix(g, "experience", p.experience());
                if (p.previousPostings() != null) {
                    g.writeNumberField("previous_postings", p.previousPostings());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (ScoringWarning w : result.warnings()) {
                g.writeString(w.text(locale));
            }
            g.writeEndArray();
            summary(g, result.summary());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void summary(JsonGenerator g, PostingsSummary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("rows", s.rows());
        g.writeNumberField("coded", s.coded());
        g.writeNumberField("uncoded", s.uncoded());
        g.writeArrayFieldStart("uncoded_titles");
        for (String t : s.uncodedTitles()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeNumberField("merged_duplicates", s.mergedDuplicates());
        g.writeNumberField("postings", s.postings());
        g.writeNumberField("before_periods", s.outsidePeriods());
        g.writeNumberField("window_days", s.windowDays());
        day(g, "first_day", s.firstDay());
        day(g, "last_day", s.lastDay());
        day(g, "since", s.since());
        day(g, "previous_from", s.previousFrom());
        day(g, "previous_to", s.previousTo());
        g.writeEndObject();
    }

    private static void day(JsonGenerator g, String name, @Nullable LocalDate day) throws IOException {
        if (day != null) {
            g.writeStringField(name, day.toString());
        }
    }

    private static void mix(JsonGenerator g, String name, Map<String, Double> shares) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeNumber(number(e.getValue()));
        }
        g.writeEndObject();
    }

    /** The CSV text of {@link PostingsResult#csv}. */
    public static String csv(PostingsResult result) {
        IndicatorTable table = result.toIndicatorTable();
        StringBuilder out = new StringBuilder("position_id,position_name");
        for (String k : table.indicators()) {
            out.append(',').append(k);
        }
        out.append('\n');
        for (PositionRow r : table.rows()) {
            out.append(cell(r.id())).append(',').append(cell(r.name()));
            for (String k : table.indicators()) {
                Double v = r.values().get(k);
                out.append(',').append(v == null ? "" : number(v));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as {@code v}, without an exponent. */
    static String number(double v) {
        String s = BigDecimal.valueOf(v).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String cell(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
