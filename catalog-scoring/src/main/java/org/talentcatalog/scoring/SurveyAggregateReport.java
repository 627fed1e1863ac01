package org.talentcatalog.scoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.scoring.internal.Messages;
import org.talentcatalog.scoring.internal.SurveyIndicators;

/**
 * What {@code catalog aggregate} reports of a {@link SurveyAggregate}: the positions in id order with
 * their indicators, respondents and sources, and the warnings (rows with only a free-text title,
 * positions with few respondents, seed sources without rows, and, against a catalog, positions on one
 * side only); written as JSON or as an indicator-table CSV that {@code catalog score} reads.
 *
 * <p>JSON: {@code {"positions": [{"id", "name", "respondents", "indicators": {…}, "sources": {…}}],
 * "warnings": ["…"]}}, an indicator without data left out. CSV: {@code position_id, position_name,
 * industry}, the indicators and {@code respondents}, a blank cell for a missing value. Numbers are the
 * shortest decimal that reads back as the same {@code double}.
 *
 * @param positions the positions, in id order
 * @param warnings the warnings, in the order above
 */
public record SurveyAggregateReport(List<AggregatedPosition> positions, List<ScoringWarning> warnings) {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Copies the lists. */
    public SurveyAggregateReport {
        positions = List.copyOf(positions);
        warnings = List.copyOf(warnings);
    }

    /**
     * The report of an aggregate.
     *
     * @param aggregate the aggregate
     * @param options the zero-applicants convention
     * @param minRespondents positions with fewer distinct respondents are warned about
     * @param catalog the catalog's position id → name, in catalog order, or {@code null}: a position
     *     the catalog has takes its name; positions on one side only are warned about
     * @return the report
     */
    public static SurveyAggregateReport of(SurveyAggregate aggregate, SurveyOptions options, int minRespondents,
            @Nullable Map<String, String> catalog) {
        Objects.requireNonNull(options, "options");
        List<AggregatedPosition> positions = new ArrayList<>();
        List<ScoringWarning> warnings = new ArrayList<>();
        if (aggregate.titleOnlyRowCount() > 0) {
            warnings.add(new ScoringWarning("TITLE_ONLY_ROWS",
                    Messages.WARNING_TITLE_ONLY_ROWS.text(aggregate.titleOnlyRowCount())));
        }
        for (AggregatedPosition p : aggregate.positions(options)) {
            String name = catalog != null && catalog.containsKey(p.id()) ? catalog.get(p.id()) : p.name();
            positions.add(new AggregatedPosition(p.id(), name, p.industry(), p.respondents(), p.indicators(), p.sources()));
            if (p.respondents() < minRespondents) {
                warnings.add(new ScoringWarning("FEW_RESPONDENTS",
                        Messages.WARNING_FEW_RESPONDENTS.text(p.id(), p.respondents(), minRespondents)));
            }
        }
        List<String> missing = aggregate.coverage(0).missingSeedSources();
        if (!missing.isEmpty()) {
            warnings.add(new ScoringWarning("MISSING_SEED_SOURCES",
                    Messages.WARNING_MISSING_SEED_SOURCES.text(String.join(", ", missing))));
        }
        if (catalog != null) {
            Map<String, AggregatedPosition> byId = new LinkedHashMap<>();
            positions.forEach(p -> byId.put(p.id(), p));
            for (AggregatedPosition p : positions) {
                if (!catalog.containsKey(p.id())) {
                    warnings.add(new ScoringWarning("NOT_IN_CATALOG", Messages.WARNING_NOT_IN_CATALOG.text(p.id())));
                }
            }
            catalog.forEach((id, name) -> {
                if (!byId.containsKey(id)) {
                    warnings.add(new ScoringWarning("NO_SAMPLES", Messages.WARNING_NO_SAMPLES.text(id, name)));
                }
            });
        }
        return new SurveyAggregateReport(positions, warnings);
    }

    /**
     * The report as JSON, warnings in the reader's language.
     *
     * @param locale English for English locales, Chinese otherwise
     * @return the JSON text, ending in a line break
     */
    public String json(@Nullable Locale locale) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("positions");
            for (AggregatedPosition p : positions) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("name", p.name());
                g.writeNumberField("respondents", p.respondents());
                g.writeObjectFieldStart("indicators");
                for (Map.Entry<String, Double> e : p.indicators().entrySet()) {
                    g.writeFieldName(e.getKey());
                    g.writeNumber(number(e.getValue()));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("sources");
                for (Map.Entry<String, Integer> e : p.sources().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (ScoringWarning w : warnings) {
                g.writeString(w.text(locale));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /**
     * The report as an indicator-table CSV ({@link IndicatorTable#readCsv}); the warnings are not in it.
     *
     * @return the CSV text, lines ended by LF
     */
    public String csv() {
        StringBuilder out = new StringBuilder("position_id,position_name,industry");
        for (String k : SurveyIndicators.AGGREGATE_IDS) {
            out.append(',').append(k);
        }
        out.append(",respondents\n");
        for (AggregatedPosition p : positions) {
            out.append(cell(p.id())).append(',').append(cell(p.name())).append(',').append(cell(p.industry()));
            for (String k : SurveyIndicators.AGGREGATE_IDS) {
                Double v = p.indicators().get(k);
                out.append(',').append(v == null ? "" : number(v));
            }
            out.append(',').append(p.respondents()).append('\n');
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as {@code v}, without an exponent. */
    private static String number(double v) {
        String s = BigDecimal.valueOf(v).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String cell(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
