package org.talentcatalog.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Contractor;
import org.talentcatalog.model.ContractorSelection;
import org.talentcatalog.model.Demand;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.Indicator;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.Issuance;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Program;
import org.talentcatalog.model.ProgramType;
import org.talentcatalog.model.Region;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.SalaryPeriod;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.ScoringMethod;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;
import org.talentcatalog.model.Survey;
import org.talentcatalog.model.SurveyMethod;
import org.talentcatalog.model.Thresholds;

/**
 * Binds a JSON tree to the model, member by member as docs/format.md defines them.
 *
 * <p>Structure is checked strictly (types, codes, dates, unknown members, {@code x-} members only
 * where allowed); a missing required member binds as {@code null}, for Bean Validation to report.
 * Every failure is a {@link CatalogJsonException} at the pointer of the offending value. Stateless.
 */
public final class CatalogBinder {

    private CatalogBinder() {
    }

    /** Binds a whole catalog document, throwing at the first problem. */
    public static Catalog catalog(JsonNode root) {
        return catalog(root, null);
    }

    /**
     * Binds a whole catalog document.
     *
     * @param lenience where problems go (values that fail are left out), or {@code null} to throw
     */
    public static Catalog catalog(JsonNode root, Lenience lenience) {
        JsonObjectReader o = JsonObjectReader.of(root, "", lenience);
        // Arguments are evaluated left to right: finish() runs after every known member was read.
        return new Catalog(
                o.string("formatVersion"),
                o.string("id"),
                o.object("title", CatalogBinder::text),
                o.code("kind", CatalogKind.class),
                o.code("level", CatalogLevel.class),
                o.object("scope", CatalogBinder::scope),
                o.object("edition", CatalogBinder::edition),
                o.code("status", Status.class),
                o.object("issuance", CatalogBinder::issuance),
                o.object("methodology", CatalogBinder::methodology),
                o.array("positions", (n, p) -> position(n, p, lenience)),
                o.finish(true));
    }

    /** Binds one position (an element of {@code positions}) found at {@code pointer}, throwing at the first problem. */
    public static Position position(JsonNode node, String pointer) {
        return position(node, pointer, null);
    }

    /**
     * Binds one position found at {@code pointer}.
     *
     * @param lenience where problems go (values that fail are left out), or {@code null} to throw
     */
    public static Position position(JsonNode node, String pointer, Lenience lenience) {
        JsonObjectReader o = JsonObjectReader.of(node, pointer, lenience);
        return new Position(
                o.string("id"),
                o.object("name", CatalogBinder::text),
                o.string("industry"),
                o.string("industryClass"),
                o.string("occupationCode"),
                o.code("category", JobCategory.class),
                o.object("description", CatalogBinder::text),
                o.object("requirements", CatalogBinder::requirements),
                o.object("shortage", CatalogBinder::shortage),
                o.object("demand", CatalogBinder::demand),
                o.codes("policies", Policy.class),
                o.finish(true));
    }

    static LocalizedText text(JsonObjectReader o, String pointer) {
        LocalizedText t = new LocalizedText(o.string("zh"), o.string("en"));
        o.finish(false);
        return t;
    }

    static Scope scope(JsonObjectReader o, String pointer) {
        Scope s = new Scope(o.strings("industries"), o.object("region", CatalogBinder::region),
                o.object("program", CatalogBinder::program));
        o.finish(false);
        return s;
    }

    static Region region(JsonObjectReader o, String pointer) {
        Region r = new Region(o.string("code"), o.string("name"));
        o.finish(false);
        return r;
    }

    static Program program(JsonObjectReader o, String pointer) {
        Program p = new Program(o.object("name", CatalogBinder::text), o.code("type", ProgramType.class));
        o.finish(false);
        return p;
    }

    static Edition edition(JsonObjectReader o, String pointer) {
        Edition e = new Edition(o.string("version"), o.date("publishedOn"), o.date("validFrom"),
                o.date("validUntil"), o.string("supersedes"));
        o.finish(false);
        return e;
    }

    static Issuance issuance(JsonObjectReader o, String pointer) {
        Issuance i = new Issuance(
                o.objects("compilers", CatalogBinder::organization),
                o.objects("jointIssuers", CatalogBinder::organization),
                o.string("documentNumber"),
                o.object("contractor", CatalogBinder::contractor));
        o.finish(false);
        return i;
    }

    static Organization organization(JsonObjectReader o, String pointer) {
        Organization org = new Organization(o.string("name"), o.code("role", OrganizationRole.class),
                o.string("creditCode"));
        o.finish(false);
        return org;
    }

    static Contractor contractor(JsonObjectReader o, String pointer) {
        Contractor c = new Contractor(o.string("name"), o.code("role", OrganizationRole.class),
                o.string("creditCode"), o.code("selection", ContractorSelection.class));
        o.finish(false);
        return c;
    }

    static Methodology methodology(JsonObjectReader o, String pointer) {
        Methodology m = new Methodology(
                o.object("survey", CatalogBinder::survey),
                o.object("scoring", CatalogBinder::scoring),
                o.objects("consultations", CatalogBinder::consultation));
        o.finish(false);
        return m;
    }

    static Survey survey(JsonObjectReader o, String pointer) {
        Map<RespondentType, Integer> respondents = new LinkedHashMap<>();
        String at = o.at("respondents");
        for (Map.Entry<String, JsonNode> e : o.map("respondents").entrySet()) {
            String p = JsonPointers.child(at, e.getKey());
            RespondentType type = JsonObjectReader.Codes.parse(RespondentType.class, e.getKey(), p);
            JsonNode v = e.getValue();
            if (!v.isIntegralNumber()) {
                throw JsonObjectReader.wrongType(p, v, Messages.BIND_TYPE_INTEGER);
            }
            if (!v.canConvertToInt()) {
                throw JsonProblems.bind("range", p,
                        Messages.BIND_INTEGER_RANGE.text(v.asText()));
            }
            respondents.put(type, v.intValue());
        }
        Survey s = new Survey(o.date("from"), o.date("to"), o.integer("sampleSize"), respondents,
                o.codes("methods", SurveyMethod.class));
        o.finish(false);
        return s;
    }

    static ScoringMethod scoring(JsonObjectReader o, String pointer) {
        ScoringMethod s = new ScoringMethod(
                o.string("method"),
                o.objects("indicators", CatalogBinder::indicator),
                o.object("thresholds", CatalogBinder::thresholds));
        o.finish(false);
        return s;
    }

    static Indicator indicator(JsonObjectReader o, String pointer) {
        Indicator i = new Indicator(o.string("id"), o.object("name", CatalogBinder::text),
                o.code("direction", IndicatorDirection.class), o.number("weight"));
        o.finish(false);
        return i;
    }

    static Thresholds thresholds(JsonObjectReader o, String pointer) {
        EnumMap<ShortageLevel, Double> values = new EnumMap<>(ShortageLevel.class);
        for (ShortageLevel level : ShortageLevel.values()) {
            Double v = o.number(level.name());
            if (v == null) {
                throw JsonProblems.bind("required", pointer, Messages.BIND_THRESHOLD_MISSING.text(level.name()));
            }
            values.put(level, v);
        }
        o.finish(false);
        return new Thresholds(values.get(ShortageLevel.VERY_SCARCE), values.get(ShortageLevel.SCARCE),
                values.get(ShortageLevel.GENERALLY_SCARCE));
    }

    static Consultation consultation(JsonObjectReader o, String pointer) {
        Consultation c = new Consultation(o.code("type", ConsultationType.class), o.date("date"),
                o.integer("participants"), o.string("summary"));
        o.finish(false);
        return c;
    }

    static Requirements requirements(JsonObjectReader o, String pointer) {
        return new Requirements(
                o.code("education", Education.class),
                o.strings("majors"),
                o.strings("competencies"),
                o.object("experience", CatalogBinder::experience),
                o.strings("certifications"),
                o.finish(true));
    }

    static Experience experience(JsonObjectReader o, String pointer) {
        Experience e = new Experience(o.integer("minYears"), o.string("description"));
        o.finish(false);
        return e;
    }

    static Shortage shortage(JsonObjectReader o, String pointer) {
        Shortage s = new Shortage(o.code("level", ShortageLevel.class), o.number("score"),
                o.number("confidence"), o.string("rationale"));
        o.finish(false);
        return s;
    }

    static Demand demand(JsonObjectReader o, String pointer) {
        Demand d = new Demand(o.integer("headcount"), o.object("salary", CatalogBinder::salary));
        o.finish(false);
        return d;
    }

    static Salary salary(JsonObjectReader o, String pointer) {
        Salary s = new Salary(o.decimal("min"), o.decimal("max"), o.string("currency"),
                o.code("period", SalaryPeriod.class));
        o.finish(false);
        return s;
    }
}
