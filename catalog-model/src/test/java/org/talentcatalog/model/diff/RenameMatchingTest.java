package org.talentcatalog.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.internal.diff.NameSimilarity;

/** Which removed position a rename continues: the similarity threshold, the most similar first, blanks around names. */
class RenameMatchingTest {

    private static final String CODE = "2-02-38-09";

    private static Position position(String id, String name, String code) {
        return CatalogGenerators.position(new Random(id.hashCode()), id).toBuilder()
                .name(LocalizedText.of(name)).industry("INTEGRATED_CIRCUIT").occupationCode(code).build();
    }

    private static Catalog catalog(Position... positions) {
        return CatalogGenerators.catalog(new Random(1)).toBuilder().extensions(Extensions.none()).positions(List.of(positions)).build();
    }

    private static List<String> renamedFrom(CatalogDiff diff) {
        return diff.renamed().stream().map(c -> c.older().id() + "→" + c.newer().id()).toList();
    }

    @Test
    void aSimilarityExactlyAtTheThresholdIsARename() {
        Catalog older = catalog(position("R-1", "集成电路", CODE));
        Catalog newer = catalog(position("N-1", "集成电路师", CODE));
        double dice = 6.0 / 7; // three common bigrams of three and four
        assertEquals(dice, NameSimilarity.dice("集成电路", "集成电路师"));
        assertEquals(List.of("R-1→N-1"), renamedFrom(CatalogDiff.options().renameSimilarity(dice).between(older, newer)));
        assertEquals(List.of(), renamedFrom(CatalogDiff.options().renameSimilarity(Math.nextUp(dice)).between(older, newer)));
    }

    @Test
    void theMostSimilarRemovedPositionIsTakenWhateverTheDocumentOrder() {
        Position shorter = position("R-1", "数字电路设计", CODE);
        Position closer = position("R-2", "数字电路设计工程", CODE);
        Position added = position("N-1", "数字电路设计工程师", CODE);
        for (Catalog older : List.of(catalog(shorter, closer), catalog(closer, shorter))) {
            CatalogDiff diff = CatalogDiff.options().renameSimilarity(0.5).between(older, catalog(added));
            assertEquals(List.of("R-2→N-1"), renamedFrom(diff));
            assertEquals("R-1", diff.removed().get(0).id());
        }
    }

    @Test
    void eachAddedPositionContinuesTheRemovedOneOfItsNameAcrossCodes() {
        Catalog older = catalog(position("R-1", "模拟电路设计工程师", CODE), position("R-2", "射频芯片测试工程师", "2-02-38-10"));
        Catalog newer = catalog(position("N-1", "模拟电路设计工程师", CODE), position("N-2", "射频芯片测试工程师", "2-02-38-10"));
        assertEquals(List.of("R-1→N-1", "R-2→N-2"), renamedFrom(CatalogDiff.between(older, newer)));
        Catalog crossed = catalog(position("N-2", "射频芯片测试工程师", CODE), position("N-1", "模拟电路设计工程师", "2-02-38-10"));
        assertEquals(List.of("R-2→N-2", "R-1→N-1"), renamedFrom(CatalogDiff.between(older, crossed)),
                "the same name in the same industry is a rename across codes");
    }

    @Test
    void namesAreComparedWithoutTheirBlanks() {
        assertEquals("名 称", NameSimilarity.trim(" \t\n\r\f\u000B\u00A0\u3000名 称\u3000\u00A0\u000B\f\r\n\t "));
        assertEquals("", NameSimilarity.trim(" \u3000 "));
        assertEquals("", NameSimilarity.trim(null));
        assertEquals("\u2003名\u2003", NameSimilarity.trim("\u2003名\u2003"), "an em space is not blank here");
        CatalogDiff diff = CatalogDiff.between(catalog(position("A-1", "\u3000数据分析师", null)),
                catalog(position("B-1", "数据分析师\u00A0", null)));
        assertEquals(List.of("A-1→B-1"), renamedFrom(diff));
        assertTrue(diff.renamed().get(0).rename().sameName());
    }

    @Test
    void theBoundIsTheBestTwoNamesOfTheseLengthsCanReach() {
        assertEquals(0.0, NameSimilarity.diceBound(0, 0));
        assertEquals(0.0, NameSimilarity.diceBound(0, 3));
        assertEquals(1.0, NameSimilarity.diceBound(3, 3));
        assertEquals(0.8, NameSimilarity.diceBound(2, 3), 1e-15);
        assertEquals(NameSimilarity.diceBound(2, 3), NameSimilarity.dice("集成电", "集成电路"), 1e-15);
        assertEquals(0, NameSimilarity.bigrams("集").length);
        assertEquals(1, NameSimilarity.bigrams("集成").length);
        assertEquals(0.0, NameSimilarity.dice("集", "集成"));
    }

    @Test
    void aRemovedPositionSeenByEarlierAddedOnesIsStillACandidateForALaterOne() {
        Catalog older = catalog(position("R-1", "模拟电路设计工程师", CODE));
        Catalog newer = catalog(position("N-0", "晶圆厂设备维护员", CODE), position("N-1", "封装测试技术员", "2-02-38-10"),
                position("N-2", "模拟电路设计工程师", CODE));
        CatalogDiff diff = CatalogDiff.between(older, newer);
        assertEquals(List.of("R-1→N-2"), renamedFrom(diff));
        assertEquals(List.of("N-0", "N-1"), diff.added().stream().map(Position::id).toList());
    }

    @Test
    void positionsWithoutANameAreComparedAsEmptyNames() {
        Position nameless = position("A-1", "x", CODE).toBuilder().name(null).build();
        Position other = position("B-1", "x", CODE).toBuilder().name(null).build();
        CatalogDiff diff = CatalogDiff.between(catalog(nameless), catalog(other));
        assertEquals(List.of("A-1→B-1"), renamedFrom(diff), "equal (empty) names with the same occupation code");
        assertFalse(diff.renamed().get(0).rename().sameName(), "an empty name is never the same name");
        diff = CatalogDiff.between(catalog(nameless), catalog(other.toBuilder().occupationCode(null).build()));
        assertEquals(List.of(), renamedFrom(diff), "nor is it a name shared within the industry");
    }

    @Test
    void theSameCodeAndNameInAnotherIndustryIsARenameButNotOfTheSameName() {
        Position older = position("R-1", "测试工程师", CODE).toBuilder().industry("ARTIFICIAL_INTELLIGENCE").build();
        CatalogDiff diff = CatalogDiff.between(catalog(older), catalog(position("N-1", "测试工程师", CODE)));
        assertEquals(List.of("R-1→N-1"), renamedFrom(diff));
        assertFalse(diff.renamed().get(0).rename().sameName(), "the industries differ");
        assertTrue(diff.renamed().get(0).rename().sameOccupationCode());
        assertEquals(1.0, diff.renamed().get(0).rename().nameSimilarity());
    }

    @Test
    void strongerEvidenceGoesFirstWhateverTheIds() {
        Position added = position("M-1", "测试工程师", CODE);
        Position sameNameAndCode = position("Z-1", "测试工程师", CODE);
        Position sameNameOnly = position("A-1", "测试工程师", "2-02-38-10");
        CatalogDiff diff = CatalogDiff.between(catalog(sameNameOnly, sameNameAndCode), catalog(added));
        assertEquals(List.of("Z-1→M-1"), renamedFrom(diff), "the same name and code before the same name alone");
        assertTrue(diff.renamed().get(0).rename().sameName() && diff.renamed().get(0).rename().sameOccupationCode());

        Position sameCodeOtherIndustry = position("A-2", "测试工程师", CODE).toBuilder().industry("ARTIFICIAL_INTELLIGENCE").build();
        Position sameNameOtherCode = position("Z-2", "测试工程师", "2-02-38-10");
        diff = CatalogDiff.between(catalog(sameCodeOtherIndustry, sameNameOtherCode), catalog(added));
        assertEquals(List.of("Z-2→M-1"), renamedFrom(diff), "the same name in the industry before the same code alone");
        assertTrue(diff.renamed().get(0).rename().sameName());
        assertFalse(diff.renamed().get(0).rename().sameOccupationCode());
    }
}
