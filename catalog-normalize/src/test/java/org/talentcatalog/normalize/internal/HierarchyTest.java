package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationLevel;

/**
 * The code tree on a small list worked by hand: which codes are occupations, which lie within which
 * group, where a broader code's votes go, and what each occupation gains from its groups' votes.
 */
class HierarchyTest {

    // index:                         0             1             2             3             4             5             6             7
    private static final String[] CODES = {"2-00-00-00", "2-02-00-00", "2-02-38-00", "2-02-38-09", "2-02-38-01", "2-02-07-04", "4-04-05-03", "4-04-05-00"};
    private static final int[] LEVELS = {1, 2, 3, 4, 4, 4, 4, 3};
    /** Training titles per code: 2-02-38-01 is the most labelled occupation of 2-02-38 and of 2-02. */
    private static final int[] LABELLED = {0, 0, 0, 5, 10, 2, 1, 0};

    private static Hierarchy tree() {
        List<Occupation> codes = new java.util.ArrayList<>();
        for (int i = 0; i < CODES.length; i++) {
            codes.add(new Occupation(CODES[i], "c" + i, OccupationLevel.of(LEVELS[i]), null));
        }
        return new Hierarchy(codes, LABELLED);
    }

    private static Map<Integer, double[]> votes(Object... indexAndVotes) {
        Map<Integer, double[]> m = new HashMap<>();
        for (int i = 0; i < indexAndVotes.length; i += 2) {
            m.put((Integer) indexAndVotes[i], ((double[]) indexAndVotes[i + 1]).clone());
        }
        return m;
    }

    @Test
    void occupationsAreTheCodesWithNothingUnderThem() {
        Hierarchy h = tree();
        boolean[] leaves = new boolean[CODES.length];
        for (int i = 0; i < CODES.length; i++) {
            leaves[i] = h.leaf(i);
        }
        assertArrayEquals(new boolean[] {false, false, false, true, true, true, true, false}, leaves);
    }

    @Test
    void aCodeIsWithinItselfAndTheGroupsAboveIt() {
        Hierarchy h = tree();
        assertTrue(h.within(3, 3));
        assertTrue(h.within(3, 2), "2-02-38-09 in 2-02-38");
        assertTrue(h.within(5, 1), "2-02-07-04 in 2-02");
        assertTrue(h.within(5, 0), "2-02-07-04 in 2");
        assertFalse(h.within(5, 2), "2-02-07-04 not in 2-02-38");
        assertFalse(h.within(6, 0), "4-04-05-03 not in 2");
        assertFalse(h.within(2, 3), "nothing lies within an occupation but itself");
        assertTrue(h.within(6, 7));
    }

    @Test
    void aBroaderCodesVotesAreSharedByItsOccupationsInProportionToTheirVotes() {
        Map<Integer, double[]> v = votes(2, new double[] {1, 0, 2}, 3, new double[] {3, 0, 0}, 4, new double[] {0, 1, 0}, 6, new double[] {5, 0, 0});
        tree().apply(v, 0, 0, 0);
        assertEquals(List.of(3, 4, 6), v.keySet().stream().sorted().toList());
        // 2-02-38-09 holds 3 of the 4 votes under 2-02-38, 2-02-38-01 the other 1; 4-04-05-03 is outside
        assertArrayEquals(new double[] {3.75, 0, 1.5}, v.get(3), 1e-12);
        assertArrayEquals(new double[] {0.25, 1, 0.5}, v.get(4), 1e-12);
        assertArrayEquals(new double[] {5, 0, 0}, v.get(6), 1e-12);
    }

    @Test
    void aBroaderCodeWithNoOccupationVotedForGivesItsVotesToItsMostLabelledOccupation() {
        Map<Integer, double[]> v = votes(1, new double[] {1, 0, 1}, 7, new double[] {0, 2, 0});
        tree().apply(v, 0, 0, 0);
        assertEquals(List.of(4, 6), v.keySet().stream().sorted().toList());
        assertArrayEquals(new double[] {1, 0, 1}, v.get(4), 1e-12, "2-02-38-01 has the most titles in 2-02");
        assertArrayEquals(new double[] {0, 2, 0}, v.get(6), 1e-12, "4-04-05-03 is 4-04-05's only occupation");
    }

    @Test
    void eachOccupationGainsItsGroupsVotesTimesTheirWeights() {
        Map<Integer, double[]> v = votes(3, new double[] {1, 0, 0}, 5, new double[] {0, 0, 2}, 6, new double[] {4, 0, 0});
        tree().apply(v, 0.1, 0.01, 0.001);
        // groups: 2 and 2-02 hold 3 votes, 2-02-38 1, 2-02-07 2; 4, 4-04 and 4-04-05 hold 4
        assertArrayEquals(new double[] {1, 0.1 * 1 + 0.01 * 3 + 0.001 * 3, 0}, v.get(3), 1e-12);
        assertArrayEquals(new double[] {0, 0.1 * 2 + 0.01 * 3 + 0.001 * 3, 2}, v.get(5), 1e-12);
        assertArrayEquals(new double[] {4, 0.1 * 4 + 0.01 * 4 + 0.001 * 4, 0}, v.get(6), 1e-12);
    }
}
