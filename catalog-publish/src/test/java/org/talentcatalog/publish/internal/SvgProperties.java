package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class SvgProperties {

    @Property
    void anAxisEndsAtTheFirstRoundNumberNotBelowTheLargestValue(@ForAll @DoubleRange(min = 0.001, max = 1e9) @Scale(3) double v) {
        double end = Svg.niceMax(v);
        assertTrue(end >= v - 1e-9, end + " < " + v);
        assertTrue(end <= 2.5 * v + 1e-9, end + " is far past " + v);
    }

    @Property
    void aSpreadKeepsTheFirstAndLastAndTheOrder(@ForAll @Size(min = 2, max = 300) List<Integer> all, @ForAll @IntRange(min = 2, max = 80) int max) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            indexes.add(i);
        }
        List<Integer> shown = Charts.spread(indexes, max);
        assertEquals(Math.min(all.size(), max), shown.size());
        assertEquals(0, shown.get(0));
        assertEquals(all.size() - 1, shown.get(shown.size() - 1));
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i) > shown.get(i - 1), "strictly increasing");
        }
    }

    @Property
    void stackedBarsAreAsLongAsTheirValuesOnOneScale(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 500) Integer> a,
            @ForAll @IntRange(min = 0, max = 500) int b) {
        List<String> cats = new ArrayList<>();
        int[][] values = new int[a.size()][];
        for (int i = 0; i < a.size(); i++) {
            cats.add("c" + i);
            values[i] = new int[] {a.get(i), b};
        }
        String svg = Svg.stackedBars("x", "t", "d", cats, List.of("s1", "s2"), values, "n", "c");
        Matcher m = Pattern.compile("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\" height=\"18.0\"").matcher(svg);
        List<Double> widths = new ArrayList<>();
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        List<Integer> drawn = new ArrayList<>();
        for (int[] row : values) {
            for (int v : row) {
                if (v > 0) {
                    drawn.add(v);
                }
            }
        }
        assertEquals(drawn.size(), widths.size());
        int longest = a.stream().mapToInt(x -> x + b).max().orElseThrow();
        double unit = (Svg.WIDTH - 200 - 30) / Svg.niceMax(Math.max(1, longest));
        for (int i = 0; i < drawn.size(); i++) {
            assertEquals(drawn.get(i) * unit, widths.get(i), 0.051);
        }
    }

    @Property
    void textInACharIsEscaped(@ForAll String title) {
        String svg = Svg.stackedBars("x", title, title, List.of(title), List.of(title), new int[][] {{1}}, title, title);
        String inTitle = svg.substring(svg.indexOf("<title id=\"x-t\">") + 16, svg.indexOf("</title>"));
        assertEquals(Svg.escape(title), inTitle);
        assertTrue(!inTitle.contains("<") && !inTitle.contains(">") && !inTitle.contains("\""));
    }
}
