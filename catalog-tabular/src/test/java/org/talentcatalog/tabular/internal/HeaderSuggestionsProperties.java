package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Suggesting the column an unknown header means: the edit count is the optimal string alignment
 * distance (computed here another way, top-down), capped; closeness is by containment or by edits
 * against a third of the longer word.
 */
class HeaderSuggestionsProperties {

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abc学历要").ofMaxLength(7);
    }

    /** Optimal string alignment distance by its recursive definition, memoised. */
    private static int osa(String a, String b, int i, int j, Map<Long, Integer> memo) {
        if (i == 0 || j == 0) {
            return i + j;
        }
        long key = (long) i << 32 | j;
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        int best = Math.min(osa(a, b, i - 1, j, memo) + 1, osa(a, b, i, j - 1, memo) + 1);
        best = Math.min(best, osa(a, b, i - 1, j - 1, memo) + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
            best = Math.min(best, osa(a, b, i - 2, j - 2, memo) + 1);
        }
        memo.put(key, best);
        return best;
    }

    static int osa(String a, String b) {
        return osa(a, b, a.length(), b.length(), new HashMap<>());
    }

    @Property
    void editsAreTheAlignmentDistanceCappedOneAboveTheCap(@ForAll("words") String a, @ForAll("words") String b,
            @ForAll @IntRange(min = 0, max = 5) int cap) {
        assertEquals(Math.min(osa(a, b), cap + 1), HeaderSuggestions.edits(a, b, cap), a + " / " + b);
    }

    @Example
    void editsCountSwapsOnceAndEveryOtherChangeOnce() {
        assertEquals(1, HeaderSuggestions.edits("学力要求", "学历要求", 3));
        assertEquals(1, HeaderSuggestions.edits("eduaction", "education", 3), "two neighbours swapped");
        assertEquals(2, HeaderSuggestions.edits("abcd", "ab", 2), "two removed, at the cap");
        assertEquals(3, HeaderSuggestions.edits("abcde", "ab", 2), "beyond the cap");
        assertEquals(4, HeaderSuggestions.edits("", "abcd", 4));
        assertEquals(3, HeaderSuggestions.edits("ca", "abc", 3), "a swapped pair is not edited again in this distance");
    }

    @Property
    void aNameContainedInTheHeaderScoresByTheLengthLeftOver(@ForAll @IntRange(min = 0, max = 6) int extra) {
        String name = "学历要求";
        String header = name + "甲".repeat(extra);
        assertEquals(0.5 * extra / header.length(), HeaderSuggestions.distance(header, name), 1e-12);
        assertEquals(0.5 * extra / header.length(), HeaderSuggestions.distance(name, header), 1e-12);
    }

    @Example
    void shortLatinWordsAreNoContainmentAndTwoLettersAreNeverClose() {
        assertEquals(0.5 * 5 / 9, HeaderSuggestions.distance("education", "educ"), 1e-12);
        // three letters inside a longer word are no containment; as edits, six are too many
        assertEquals(Double.MAX_VALUE, HeaderSuggestions.distance("education", "edu"));
        assertEquals(0.25, HeaderSuggestions.distance("学历", "学历要求"), 1e-12, "two Chinese characters are enough");
        assertEquals(Double.MAX_VALUE, HeaderSuggestions.distance("ab", "ac"), "too short for edits");
        assertEquals(1.0, HeaderSuggestions.distance("ab", "abc"), 1e-12, "two letters inside three: no containment, one edit");
        // three letters: one edit allowed, and it counts fully
        assertEquals(1.0, HeaderSuggestions.distance("abd", "abc"), 1e-12);
        assertEquals(Double.MAX_VALUE, HeaderSuggestions.distance("id", "岗位id"), "two Latin letters inside a Chinese name");
        assertEquals(0.25, HeaderSuggestions.distance("岗位", "岗位id"), 1e-12);
        assertEquals(0.5 + 0.5 / 3, HeaderSuggestions.distance("eduaction", "education"), 1e-12);
        assertEquals(1.0, HeaderSuggestions.distance("edxxxtion", "education"), 1e-12, "three edits of nine letters");
        assertEquals(Double.MAX_VALUE, HeaderSuggestions.distance("edxxxxion", "education"), "four edits of nine");
    }

    @Example
    void theClosestColumnIsOneAtMostAsFarAsTheLimit() {
        assertEquals("/requirements/education", HeaderSuggestions.closest("Educatoin").pointer());
        assertEquals("/requirements/education", HeaderSuggestions.closest("学力要求").pointer());
        assertEquals("/requirements/education", HeaderSuggestions.closest("学历要求（年）").pointer(), "the unit is left out");
        assertEquals("/requirements/education", HeaderSuggestions.closest("学力要求（年）").pointer(), "the unit is left out");
        assertEquals("/requirements/experience/minYears", HeaderSuggestions.closest("工作经验年限").pointer());
        assertEquals("/requirements/education", HeaderSuggestions.closest("edxxxtion").pointer(), "at the limit");
        assertNull(HeaderSuggestions.closest("备注"));
        assertNull(HeaderSuggestions.closest(" "));
        assertNull(HeaderSuggestions.closest("学历要求" + "甲".repeat(61)), "a header of 65 characters is a sentence");
        assertEquals("/requirements/education", HeaderSuggestions.closest("学历要求" + "甲".repeat(60)).pointer(), "64 are compared");
    }
}
