package org.talentcatalog.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.Contractor;
import org.talentcatalog.model.Demand;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Indicator;
import org.talentcatalog.model.Issuance;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.ScoringMethod;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.Survey;
import org.talentcatalog.model.Thresholds;

/**
 * Writes the model as the canonical JSON of docs/format.md: members in the order docs/format.md lists them,
 * extension members last in their original order, absent optional members and empty optional lists
 * left out, {@code currency} only when it was given.
 */
public final class CatalogWriter {

    private final JsonGenerator g;
    private final ObjectMapper mapper;

    /**
     * @param g the generator to write to
     * @param mapper writes extension values (any JSON)
     */
    public CatalogWriter(JsonGenerator g, ObjectMapper mapper) {
        this.g = g;
        this.mapper = mapper;
    }

    /** Writes a whole catalog. */
    public void catalog(Catalog c) {
        try {
            g.writeStartObject();
            str("formatVersion", c.formatVersion());
            str("id", c.id());
            text("title", c.title());
            code("kind", c.kind());
            code("level", c.level());
            if (c.scope() != null) {
                g.writeFieldName("scope");
                scope(c.scope());
            }
            if (c.edition() != null) {
                g.writeFieldName("edition");
                edition(c.edition());
            }
            code("status", c.status());
            if (c.issuance() != null) {
                g.writeFieldName("issuance");
                issuance(c.issuance());
            }
            if (c.methodology() != null) {
                g.writeFieldName("methodology");
                methodology(c.methodology());
            }
            g.writeArrayFieldStart("positions");
            for (Position p : c.positions()) {
                position(p);
            }
            g.writeEndArray();
            extensions(c.extensions());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one position object. */
    public void position(Position p) throws IOException {
        g.writeStartObject();
        str("id", p.id());
        text("name", p.name());
        str("industry", p.industry());
        str("industryClass", p.industryClass());
        str("occupationCode", p.occupationCode());
        code("category", p.category());
        text("description", p.description());
        if (p.requirements() != null) {
            g.writeFieldName("requirements");
            requirements(p.requirements());
        }
        if (p.shortage() != null) {
            shortage(p.shortage());
        }
        if (p.demand() != null) {
            demand(p.demand());
        }
        codes("policies", p.policies());
        extensions(p.extensions());
        g.writeEndObject();
    }

    private void scope(Scope s) throws IOException {
        g.writeStartObject();
        strings("industries", s.industries());
        if (s.region() != null) {
            g.writeObjectFieldStart("region");
            str("code", s.region().code());
            str("name", s.region().name());
            g.writeEndObject();
        }
        if (s.program() != null) {
            g.writeObjectFieldStart("program");
            text("name", s.program().name());
            code("type", s.program().type());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void edition(Edition e) throws IOException {
        g.writeStartObject();
        str("version", e.version());
        date("publishedOn", e.publishedOn());
        date("validFrom", e.validFrom());
        date("validUntil", e.validUntil());
        str("supersedes", e.supersedes());
        g.writeEndObject();
    }

    private void issuance(Issuance i) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("compilers");
        for (Organization o : i.compilers()) {
            organization(o);
        }
        g.writeEndArray();
        if (!i.jointIssuers().isEmpty()) {
            g.writeArrayFieldStart("jointIssuers");
            for (Organization o : i.jointIssuers()) {
                organization(o);
            }
            g.writeEndArray();
        }
        str("documentNumber", i.documentNumber());
        if (i.contractor() != null) {
            Contractor c = i.contractor();
            g.writeObjectFieldStart("contractor");
            str("name", c.name());
            code("role", c.role());
            str("creditCode", c.creditCode());
            code("selection", c.selection());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void organization(Organization o) throws IOException {
        g.writeStartObject();
        str("name", o.name());
        code("role", o.role());
        str("creditCode", o.creditCode());
        g.writeEndObject();
    }

    private void methodology(Methodology m) throws IOException {
        g.writeStartObject();
        if (m.survey() != null) {
            survey(m.survey());
        }
        if (m.scoring() != null) {
            scoring(m.scoring());
        }
        if (!m.consultations().isEmpty()) {
            g.writeArrayFieldStart("consultations");
            for (Consultation c : m.consultations()) {
                g.writeStartObject();
                code("type", c.type());
                date("date", c.date());
                integer("participants", c.participants());
                str("summary", c.summary());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void survey(Survey s) throws IOException {
        g.writeObjectFieldStart("survey");
        date("from", s.from());
        date("to", s.to());
        integer("sampleSize", s.sampleSize());
        if (!s.respondents().isEmpty()) {
            g.writeObjectFieldStart("respondents");
            for (Map.Entry<RespondentType, Integer> e : s.respondents().entrySet()) {
                integer(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
        }
        codes("methods", s.methods());
        g.writeEndObject();
    }

    private void scoring(ScoringMethod s) throws IOException {
        g.writeObjectFieldStart("scoring");
        str("method", s.method());
        if (!s.indicators().isEmpty()) {
            g.writeArrayFieldStart("indicators");
            for (Indicator i : s.indicators()) {
                g.writeStartObject();
                str("id", i.id());
                text("name", i.name());
                code("direction", i.direction());
                number("weight", i.weight());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (s.thresholds() != null) {
            Thresholds t = s.thresholds();
            g.writeObjectFieldStart("thresholds");
            number("VERY_SCARCE", t.veryScarce());
            number("SCARCE", t.scarce());
            number("GENERALLY_SCARCE", t.generallyScarce());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void requirements(Requirements r) throws IOException {
        g.writeStartObject();
        code("education", r.education());
        strings("majors", r.majors());
        strings("competencies", r.competencies());
        if (r.experience() != null) {
            Experience e = r.experience();
            g.writeObjectFieldStart("experience");
            integer("minYears", e.minYears());
            str("description", e.description());
            g.writeEndObject();
        }
        strings("certifications", r.certifications());
        extensions(r.extensions());
        g.writeEndObject();
    }

    private void shortage(Shortage s) throws IOException {
        g.writeObjectFieldStart("shortage");
        code("level", s.level());
        number("score", s.score());
        number("confidence", s.confidence());
        str("rationale", s.rationale());
        g.writeEndObject();
    }

    private void demand(Demand d) throws IOException {
        g.writeObjectFieldStart("demand");
        integer("headcount", d.headcount());
        if (d.salary() != null) {
            Salary s = d.salary();
            g.writeObjectFieldStart("salary");
            if (s.min() != null) {
                g.writeNumberField("min", s.min());
            }
            if (s.max() != null) {
                g.writeNumberField("max", s.max());
            }
            str("currency", s.currency());
            code("period", s.period());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void extensions(Extensions ext) throws IOException {
        if (ext.isEmpty()) {
            return;
        }
        for (String name : ext.names()) {
            g.writeFieldName(name);
            mapper.writeTree(g, ext.get(name).orElseThrow());
        }
    }

    private void text(String name, LocalizedText t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        str("zh", t.zh());
        str("en", t.en());
        g.writeEndObject();
    }

    private void str(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void code(String name, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.name());
        }
    }

    private void date(String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private void integer(String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }

    private void number(String name, Double value) throws IOException {
        if (value != null) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON has no " + value + " (member " + name + ")");
            }
            g.writeNumberField(name, value);
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void codes(String name, List<? extends Enum<?>> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (Enum<?> v : values) {
            g.writeString(v.name());
        }
        g.writeEndArray();
    }
}
