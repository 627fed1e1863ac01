package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How a level moves either way, what an occupation's marks mean, the numbers of the reference lists'
 * levels, and how repeated ids are named.
 */
class MovesMarksAndIdsTest {

    @Test
    void aMoveSeenTheOtherWayIsTheInverseMove() {
        List<ShortageLevel> levels = new ArrayList<>(Arrays.asList(ShortageLevel.values()));
        levels.add(null);
        for (ShortageLevel a : levels) {
            for (ShortageLevel b : levels) {
                LevelMove move = LevelMove.of(a, b);
                assertEquals(LevelMove.of(b, a), move.inverse(), a + " → " + b);
                assertEquals(move, move.inverse().inverse());
            }
        }
        assertEquals(LevelMove.LOWERED, LevelMove.RAISED.inverse());
        assertEquals(LevelMove.CLEARED, LevelMove.ASSIGNED.inverse());
        assertEquals(LevelMove.UNCHANGED, LevelMove.UNCHANGED.inverse());
    }

    @Test
    void marksAreDigitalGreenOrBothAndReadFromTheirSymbol() {
        assertEquals(List.of(false, true, false, true),
                Arrays.stream(OccupationMarks.values()).map(OccupationMarks::digital).toList());
        assertEquals(List.of(false, false, true, true),
                Arrays.stream(OccupationMarks.values()).map(OccupationMarks::green).toList());
        for (OccupationMarks m : OccupationMarks.values()) {
            assertEquals(m, OccupationMarks.ofSymbol(m.symbol()));
            assertEquals(m, OccupationMarks.ofSymbol(" " + m.symbol() + " "));
        }
        assertEquals(OccupationMarks.NONE, OccupationMarks.ofSymbol(null));
        assertEquals(OccupationMarks.GREEN_AND_DIGITAL, OccupationMarks.ofSymbol("S/L"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OccupationMarks.ofSymbol("X"));
        assertEquals("occupation marks are S, L or L/S, not X", e.getMessage());
    }

    private static AmbiguousIds repeated(int count) {
        return new AmbiguousIds(IntStream.rangeClosed(1, count).mapToObj(i -> "IC-00" + i).toList(), 0);
    }

    @Test
    void upToFiveRepeatedIdsAreNamedAndMoreAreCounted() {
        assertEquals("岗位编号重复（IC-001、IC-002、IC-003、IC-004、IC-005）", repeated(5).describe(Locale.CHINESE));
        assertEquals("岗位编号重复（IC-001、IC-002、IC-003、IC-004、IC-005 等 6 个）", repeated(6).describe(null));
        assertEquals("repeated position ids (IC-001, IC-002, IC-003, IC-004, IC-005, 6 in all)",
                repeated(6).describe(Locale.ENGLISH));
        assertEquals("", new AmbiguousIds(List.of(), 0).describe(null));
    }

    @Test
    void theLevelsOfTheReferenceListsAreNumberedOneToFourAndNothingElse() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(n, IndustryLevel.of(n).number());
            assertEquals(n, OccupationLevel.of(n).number());
        }
        for (int n : new int[] {0, 5, -1, Integer.MAX_VALUE}) {
            assertEquals("an industry level is 1 to 4, not " + n,
                    assertThrows(IllegalArgumentException.class, () -> IndustryLevel.of(n)).getMessage());
            assertEquals("an occupation level is 1 to 4, not " + n,
                    assertThrows(IllegalArgumentException.class, () -> OccupationLevel.of(n)).getMessage());
        }
    }
}
