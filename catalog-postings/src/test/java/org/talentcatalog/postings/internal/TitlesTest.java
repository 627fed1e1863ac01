package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A title is coded once while remembered; at the limit every remembered coding is forgotten at once. */
class TitlesTest {

    @Test
    void eachTitleIsCodedOnceUntilTheLimitClearsTheMemory() {
        List<String> coded = new ArrayList<>();
        Titles titles = new Titles(t -> {
            coded.add(t);
            return new String[] {t.toUpperCase(), "name of " + t};
        }, 2);
        assertArrayEquals(new String[] {"A", "name of a"}, titles.code("a"));
        titles.code("b");
        titles.code("a");
        titles.code("b");
        assertEquals(List.of("a", "b"), coded);
        assertArrayEquals(new String[] {"C", "name of c"}, titles.code("c")); // two remembered: both forgotten, c kept
        titles.code("c");
        titles.code("a");
        assertEquals(List.of("a", "b", "c", "a"), coded);
        titles.code("b"); // c and a remembered: forgotten again
        titles.code("c");
        assertEquals(List.of("a", "b", "c", "a", "b", "c"), coded);
    }

    @Test
    void anEmptyCodingIsRememberedToo() {
        int[] calls = {0};
        Titles titles = new Titles(t -> {
            calls[0]++;
            return new String[0];
        }, 10);
        assertEquals(0, titles.code("☆").length);
        assertEquals(0, titles.code("☆").length);
        assertEquals(1, calls[0]);
    }
}
