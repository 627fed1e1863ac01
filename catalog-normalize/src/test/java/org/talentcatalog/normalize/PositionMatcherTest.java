package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;

class PositionMatcherTest {

    private static final Catalog CATALOG = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json"));
    private static final PositionMatcher MATCHER = PositionMatcher.of(CATALOG, TitleCoder.defaults());

    @Test
    void aPostingTitleFindsThePositionOfItsName() {
        PositionMatch m = MATCHER.match("光刻工艺工程师（上海张江，年薪40万+）");
        assertEquals("光刻工艺工程师", m.cleaned());
        assertEquals("IC-004", m.best().orElseThrow().id());
        assertEquals(Confidence.HIGH, m.confidence());
    }

    @Test
    void englishNamesAndMajorsCountAsEvidence() {
        assertEquals("IC-006", MATCHER.match("Semiconductor equipment engineer").best().orElseThrow().id());
        assertEquals("IC-005", MATCHER.match("电子封装技术").best().orElseThrow().id());
    }

    @Test
    void scoresAreSharesBestFirst() {
        PositionMatch m = MATCHER.match("模拟集成电路设计", 3);
        assertEquals("IC-002", m.best().orElseThrow().id());
        assertTrue(m.candidates().size() <= 3);
        double sum = 0;
        for (PositionCandidate c : m.candidates()) {
            sum += c.score();
        }
        assertTrue(sum <= 1 + 1e-9);
    }

    @Test
    void codeAgreementIsGraded() {
        assertEquals(1.0, PositionMatcher.agreement("2-02-38-09", "2-02-38-09"));
        assertEquals(1.0, PositionMatcher.agreement("2-02-38-00", "2-02-38-09"));
        assertEquals(0.5, PositionMatcher.agreement("2-02-38-01", "2-02-38-09"));
        assertEquals(0.25, PositionMatcher.agreement("2-02-07-04", "2-02-38-09"));
        assertEquals(0.0, PositionMatcher.agreement("4-04-05-03", "2-02-38-09"));
    }

    @Test
    void aTitleSharingOnlyCharactersWithAPositionIsLow() {
        // each shares a character or two with some position's name, but neither its occupation
        // coding nor its words back that position
        for (String title : List.of("前台接待 双休", "技术编辑", "保安")) {
            assertEquals(Confidence.LOW, MATCHER.match(title).confidence(), title);
        }
    }

    @Test
    void nothingToMatchIsLow() {
        PositionMatcher empty = PositionMatcher.of(CATALOG.withPositions(List.of()), TitleCoder.defaults());
        assertEquals(0, empty.size());
        PositionMatch m = empty.match("集成电路设计工程师");
        assertEquals(List.of(), m.candidates());
        assertEquals(Confidence.LOW, m.confidence());
        assertEquals(Confidence.LOW, MATCHER.match("").confidence());
        assertEquals(12, MATCHER.size());
    }
}
