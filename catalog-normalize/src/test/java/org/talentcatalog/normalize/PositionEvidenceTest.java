package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Position;

/**
 * A small catalog made for the purpose: which positions are matched against, how ties rank, and when
 * the first position's share of the evidence is trusted (corroborated by a code or by its name).
 */
class PositionEvidenceTest {

    private static final Catalog BASE = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json"));
    private static final PositionMatcher MATCHER = PositionMatcher.of(BASE.withPositions(List.of(
            Position.builder("A").name("会计", null).occupationCode("2-06-03-00").build(),
            Position.builder("C").name("客服专员", "Customer service").build(),
            Position.builder("C2").name("客服专员", null).build(),
            Position.builder(null).name("会计", null).build(),
            Position.builder("E").build(),
            Position.builder("F").name(" ", null).build(),
            Position.builder("G").name("软件工程师", null).occupationCode("2-02").build())), TitleCoder.defaults());

    @Test
    void positionsWithoutAnIdOrANameAreLeftOut() {
        assertEquals(4, MATCHER.size());
    }

    @Test
    void theOnlyPositionSharingTheTitlesWordsAndCodeIsHigh() {
        PositionMatch m = MATCHER.match("会计");
        assertEquals("A", m.best().orElseThrow().id());
        assertEquals("2-06-03-00", m.best().orElseThrow().occupationCode());
        assertTrue(m.best().orElseThrow().score() >= 0.6, m.toString());
        assertEquals(Confidence.HIGH, m.confidence());
        assertEquals("会计", m.title());
        assertEquals("会计", m.cleaned());
        assertEquals(TitleCoder.defaults().code("会计"), m.coding());
    }

    @Test
    void equalEvidenceRanksInCatalogOrderAndLeadsByNothing() {
        PositionMatch m = MATCHER.match("客服专员", 10);
        assertEquals(List.of("C", "C2"), m.candidates().stream().map(PositionCandidate::id).toList());
        assertEquals(0.5, m.candidates().get(0).score(), 1e-12);
        assertEquals(0.5, m.candidates().get(1).score(), 1e-12);
        assertEquals("", m.candidates().get(0).occupationCode());
        assertEquals(Confidence.MEDIUM, m.confidence()); // half the evidence, no lead over the second
    }

    @Test
    void evidenceFromTheEnglishNameAloneIsLow() {
        PositionMatch m = MATCHER.match("customer service");
        assertEquals("C", m.best().orElseThrow().id());
        assertEquals(1.0, m.best().orElseThrow().score(), 1e-12);
        assertEquals(Confidence.LOW, m.confidence()); // all of it, but neither a code nor the name backs it
    }

    @Test
    void aNameHoldingTheWholeTitleCorroboratesIt() {
        PositionMatch m = MATCHER.match("专员", 1);
        assertEquals("C", m.best().orElseThrow().id());
        assertNotEquals(Confidence.LOW, m.confidence());
    }

    @Test
    void aPositionCodedOnlyToAGroupAgreesWithTheOccupationsInIt() {
        PositionMatch m = MATCHER.match("软件", 10);
        assertEquals("G", m.best().orElseThrow().id());
        assertEquals(Confidence.HIGH, m.confidence());
        double sum = m.candidates().stream().mapToDouble(PositionCandidate::score).sum();
        assertEquals(1.0, sum, 1e-9, "every position with evidence is listed: the shares sum to 1");
    }

    @Test
    void atLeastOneCandidateIsListedAndNothingKnownIsLow() {
        assertEquals(1, MATCHER.match("客服专员", 0).candidates().size());
        assertEquals(2, MATCHER.match("客服专员", 2).candidates().size());
        PositionMatch none = MATCHER.match("☆☆");
        assertEquals(List.of(), none.candidates());
        assertEquals(Confidence.LOW, none.confidence());
        assertEquals("", MATCHER.match(null).title());
    }

    @Test
    void groupCodesAgreeWithEveryCodeInsideThem() {
        assertEquals(1.0, PositionMatcher.agreement("2-02-00-00", "2-02-10-03"));
        assertEquals(1.0, PositionMatcher.agreement("2-02-10-03", "2-02-00-00"));
        assertEquals(1.0, PositionMatcher.agreement("2-02-10-03", "2-02-10-00"));
        assertEquals(0.0, PositionMatcher.agreement("2-03-00-00", "2-02-10-03"));
        assertEquals(0.5, PositionMatcher.agreement("2-02-10-01", "2-02-10-03"));
        assertEquals(0.25, PositionMatcher.agreement("2-02-11-03", "2-02-10-03"));
        assertEquals(0.0, PositionMatcher.agreement("2-12-10-03", "2-02-10-03"));
    }
}
