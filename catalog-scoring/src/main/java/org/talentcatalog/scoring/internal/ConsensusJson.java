package org.talentcatalog.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.talentcatalog.model.Languages;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ItemStatistics;
import org.talentcatalog.scoring.ScoringWarning;

/**
 * Writes a {@link ConsensusResult} as JSON. The undefined figures (W, corrected W, χ² and the p-value
 * when every expert tied every item) are left out, and the warnings say why.
 */
public final class ConsensusJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ConsensusJson() {
    }

    /** See {@link ConsensusResult#toJson(Locale)}. */
    public static String write(ConsensusResult r, Locale locale) {
        boolean en = Languages.isEnglish(locale);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("experts", r.experts());
            g.writeNumberField("items", r.items());
            number(g, "w", r.w());
            number(g, "wCorrected", r.wCorrected());
            number(g, "chiSquare", r.chiSquare());
            g.writeStringField("chiSquareUses", "wCorrected");
            g.writeNumberField("df", r.df());
            number(g, "pValue", r.pValue());
            g.writeNumberField("fullMark", r.fullMark());
            g.writeStringField("fullMarkSource", r.fullMarkSource());
            g.writeStringField("blankHandling", en ? ConsensusResult.BLANK_HANDLING_EN : ConsensusResult.BLANK_HANDLING_ZH);
            g.writeArrayFieldStart("warnings");
            for (ScoringWarning w : r.warnings()) {
                g.writeString(w.text(locale));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("excludedExperts");
            for (String e : r.excludedExperts()) {
                g.writeString(e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("itemStatistics");
            for (ItemStatistics s : r.itemStatistics()) {
                g.writeStartObject();
                g.writeStringField("item", s.itemId());
                g.writeNumberField("ratings", s.ratings());
                g.writeNumberField("mean", s.mean());
                g.writeNumberField("sd", s.sd());
                g.writeNumberField("cv", s.cv());
                g.writeNumberField("fullMarkRatio", s.fullMarkRatio());
                g.writeNumberField("meanRank", s.meanRank());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.doubleValue());
        }
    }
}
