package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.ScoringMethod;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.Survey;
import org.talentcatalog.model.Thresholds;

/**
 * The model layer's findings on objects built in code: each at the JSON Pointer of its member as the
 * document spells it (map keys, list indices, the thresholds' JSON names), a missing member at the
 * object that lacks it, a duplicate at its later occurrence; messages in Chinese and English.
 */
class ModelLayerTest {

    private static final ModelLayer MODEL = new ModelLayer();

    private static List<String> found(List<Finding> findings) {
        return findings.stream().map(f -> f.issue().rule() + " " + f.issue().pointer() + " " + f.fault()).sorted().toList();
    }

    @Test
    void aMissingMemberStandsAtTheObjectThatLacksItAndNamesIt() {
        Position p = Position.builder("IC-1").build();
        List<Finding> findings = MODEL.validate(p, "/positions/7");
        assertEquals(List.of("model:NotNull /positions/7 /positions/7/name"), found(findings).stream()
                .filter(s -> s.endsWith("/name")).toList());
        Issue name = findings.stream().filter(f -> f.fault().equals("/positions/7/name")).findFirst().orElseThrow().issue();
        assertEquals(Layer.MODEL, name.layer());
        assertEquals(Severity.ERROR, name.severity());
        assertEquals("缺少必填成员 \"name\"", name.message(Locale.CHINESE));
        assertEquals("required member \"name\" is missing", name.message(Locale.ENGLISH));
    }

    @Test
    void aMissingMemberOfTheCatalogStandsAtTheRoot() {
        Catalog c = Catalog.builder().id("sh-ic").kind(CatalogKind.INDUSTRY).level(CatalogLevel.MUNICIPAL).build();
        List<String> at = found(MODEL.validate(c, "")).stream().filter(s -> s.endsWith(" /title")).toList();
        assertEquals(List.of("model:NotNull  /title"), at);
    }

    @Test
    void aDuplicateStandsAtItsLaterOccurrence() {
        Position p = Position.builder("IC-1").requirements(Requirements.of(Education.MASTER)
                .withMajors("微电子", "物理", "微电子", "物理")).build();
        List<String> dup = found(MODEL.validate(p, "/positions/2")).stream().filter(s -> s.startsWith("model:UniqueItems")).toList();
        assertEquals(List.of("model:UniqueItems /positions/2/requirements/majors/2 /positions/2/requirements/majors/2"), dup);
    }

    @Test
    void anItemOfAListStandsAtItsIndex() {
        Position p = Position.builder("IC-1").requirements(Requirements.of(Education.MASTER)
                .withMajors("微电子", "\u3000", "物理")).build();
        List<String> blank = found(MODEL.validate(p, "/positions/4")).stream().filter(s -> s.startsWith("model:NonBlank")).toList();
        assertEquals(List.of("model:NonBlank /positions/4/requirements/majors/1 /positions/4/requirements/majors/1"), blank);
    }

    @Test
    void mapKeysAndThresholdsAreSpelledAsInTheDocument() {
        Survey survey = new Survey(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), 300,
                Map.of(RespondentType.EMPLOYER, -2), List.of());
        ScoringMethod scoring = new ScoringMethod("加权求和", List.of(), new Thresholds(1.5, 0.5, -0.25));
        Catalog c = Catalog.builder().id("sh-ic").methodology(new Methodology(survey, scoring, List.of())).build();
        List<String> found = found(MODEL.validate(c, "")).stream().filter(s -> s.contains("/methodology/")).toList();
        assertEquals(List.of(
                "model:DecimalMax /methodology/scoring/thresholds/VERY_SCARCE /methodology/scoring/thresholds/VERY_SCARCE",
                "model:DecimalMin /methodology/scoring/thresholds/GENERALLY_SCARCE /methodology/scoring/thresholds/GENERALLY_SCARCE",
                "model:Min /methodology/survey/respondents/EMPLOYER /methodology/survey/respondents/EMPLOYER"), found);
    }

    @Test
    void messagesAreInBothLanguagesWithTheConstraintsValue() {
        Survey survey = new Survey(null, null, -1, Map.of(), List.of());
        Catalog c = Catalog.builder().id("sh-ic").methodology(new Methodology(survey, null, List.of())).build();
        Issue size = MODEL.validate(c, "").stream().filter(f -> f.fault().equals("/methodology/survey/sampleSize"))
                .findFirst().orElseThrow().issue();
        assertEquals("model:Min", size.rule());
        assertEquals("不能小于 0", size.message(Locale.CHINESE));
        assertEquals("must be at least 0", size.message(Locale.ENGLISH));
    }
}
