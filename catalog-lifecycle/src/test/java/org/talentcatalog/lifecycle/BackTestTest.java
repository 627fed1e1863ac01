package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.ShortageLevel;

/** Back-testing against the next edition, computed by hand. */
class BackTestTest {

    @Test
    void levelsScoresAndMovesAgainstTheNextEdition() {
        Catalog edition = Fixtures.draft().withPositions(List.of(
                Fixtures.position("A", "甲", ShortageLevel.VERY_SCARCE, 0.9),
                Fixtures.position("B", "乙", ShortageLevel.SCARCE, 0.6),
                Fixtures.position("C", "丙", ShortageLevel.GENERALLY_SCARCE, 0.3),
                Fixtures.position("E", "戊", ShortageLevel.GENERALLY_SCARCE, 0.35)));
        Catalog next = Fixtures.draft().withPositions(List.of(
                Fixtures.position("A", "甲", ShortageLevel.VERY_SCARCE, 0.85),
                Fixtures.position("B", "乙", ShortageLevel.GENERALLY_SCARCE, 0.4),
                Fixtures.position("D", "丁", ShortageLevel.SCARCE, 0.6),
                Fixtures.position("E", "戊", ShortageLevel.GENERALLY_SCARCE, 0.5)));
        BackTest t = BackTest.compare(edition, next);
        // Classes over A, B, C, E, D: (3,3) (2,1) (1,0) (1,1) (0,2); Σw·o = 0+1+1+0+4 = 6; marginals
        // {3:1, 2:1, 1:2, 0:1} and {3:1, 2:1, 1:2, 0:1} give Σw·e = 52/5; κ = 1 − 6/(52/5) = 11/26.
        assertEquals(11.0 / 26, t.kappa(), 1e-12);
        // Scores in both: A (0.9, 0.85), B (0.6, 0.4), E (0.35, 0.5): ranks (3,3) (2,1) (1,2); ρ = 1 − 6·2/(3·8) = 0.5.
        assertEquals(0.5, t.spearman(), 1e-12);
        assertEquals(5, t.positions());
        assertEquals(3, t.scored());
        assertEquals(List.of("A", "B", "E"), t.stayed());
        assertEquals(List.of("D"), t.entered());
        assertEquals(List.of("C"), t.left());
    }

    @Test
    void undefinedFiguresAreNull() {
        Catalog one = Fixtures.draft().withPositions(List.of(Fixtures.position("A", "甲", ShortageLevel.SCARCE, 0.6)));
        BackTest t = BackTest.compare(one, one);
        assertNull(t.kappa());
        assertNull(t.spearman());
    }
}
