package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Where the charts put things, worked out by hand from the layout the SVG documents: a plot from
 * x = 200 to 690 (70 to 690 for the histogram), rows of 26 (bars) or 16 (ranges) units from y = 40,
 * axes ending at the next round number, ticks labelled in the axis' numbers.
 */
class SvgGeometryTest {

    private static List<String[]> all(String svg, String regex) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(svg);
        while (m.find()) {
            String[] g = new String[m.groupCount()];
            for (int i = 0; i < g.length; i++) {
                g[i] = m.group(i + 1);
            }
            out.add(g);
        }
        return out;
    }

    private static List<String> texts(String svg) {
        return all(svg, "<text [^>]*>([^<]*)</text>").stream().map(g -> g[0]).toList();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Test
    void aRangePlotDrawsEachRowFromItsLowToItsHighOnOneScale() {
        String svg = Svg.ranges("s", "t", "d", List.of("甲", "一个名字长到要截短的岗位名称还有更多字"), new double[] {100, 40},
                new double[] {300, 180}, "千元", "岗位");
        assertTrue(svg.contains("viewBox=\"0 0 720 128\" width=\"720\" height=\"128\""), "40 + 2 rows of 16 + 56");
        double scale = 490 / 500.0; // the axis ends at 500, the round number above 300
        List<String[]> lines = all(svg, "<line x1=\"([0-9.]+)\" y1=\"(\\d+)\" x2=\"([0-9.]+)\" y2=\"(\\d+)\" stroke=\"#1f1f1f\"");
        assertEquals(2, lines.size());
        assertEquals(List.of(f(200 + 100 * scale), "48", f(200 + 300 * scale), "48"), List.of(lines.get(0)));
        assertEquals(List.of(f(200 + 40 * scale), "64", f(200 + 180 * scale), "64"), List.of(lines.get(1)));
        assertTrue(svg.contains("<circle cx=\"" + f(200 + 40 * scale) + "\" cy=\"64\" r=\"3.5\" fill=\"#ffffff\""), "an open mark at the low end");
        assertTrue(svg.contains("<circle cx=\"" + f(200 + 180 * scale) + "\" cy=\"64\" r=\"3.5\" fill=\"#1f1f1f\"/>"), "a filled one at the high end");
        assertEquals(List.of("甲", "一个名字长到要截短的岗位名称还…", "0", "125", "250", "375", "500", "千元", "岗位"), texts(svg));
        assertTrue(svg.contains("<text x=\"192\" y=\"52\" text-anchor=\"end\">甲</text>"), svg);
        assertTrue(svg.contains("<line x1=\"200\" y1=\"72\" x2=\"690\" y2=\"72\" stroke=\"#000000\"/>"), "the x axis under the rows");
    }

    @Test
    void aHistogramsBarsAreAsHighAsTheirCountsAndItsThresholdsWhereTheirValuesAre() {
        String svg = Svg.histogram("h", "t", "d", new int[] {1, 4, 0, 2}, 0, 2, new double[] {0.5, 1.5}, List.of("一般 ≥ 0.5", "紧缺 ≥ 1.5"),
                "评分", "岗位数");
        assertTrue(svg.contains("viewBox=\"0 0 720 336\""), "40 + 20 + 220 + 56");
        double bw = 620 / 4.0;
        List<String[]> bars = all(svg, "<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\" fill=\"#7a7a7a\"");
        assertEquals(4, bars.size());
        int[] counts = {1, 4, 0, 2};
        for (int i = 0; i < 4; i++) {
            double h = counts[i] * 220 / 5.0; // the axis ends at 5, the round number above 4
            assertEquals(List.of(f(70 + i * bw + 1), f(60 + 220 - h), f(bw - 2), f(h)), List.of(bars.get(i)), "bar " + i);
        }
        List<String[]> thresholds = all(svg, "<line x1=\"([0-9.]+)\" y1=\"(\\d+)\" x2=\"([0-9.]+)\" y2=\"(\\d+)\" stroke=\"#000000\" stroke-width=\"2\"");
        assertEquals(List.of(f(70 + 0.5 * 310), "46", f(70 + 0.5 * 310), "280"), List.of(thresholds.get(0)));
        assertEquals(List.of(f(70 + 1.5 * 310), "58", f(70 + 1.5 * 310), "280"), List.of(thresholds.get(1)), "labels alternate in height");
        assertEquals(List.of("一般 ≥ 0.5", "紧缺 ≥ 1.5", "0", "0.4", "0.8", "1.2", "1.6", "2", "5", "0", "评分", "岗位数"), texts(svg));
        assertTrue(svg.contains("<text x=\"194\" y=\"298\" text-anchor=\"middle\">0.4</text>"), svg);
        assertTrue(svg.contains("<text x=\"16\" y=\"170\" text-anchor=\"middle\" transform=\"rotate(-90 16 170)\">岗位数</text>"), svg);
    }

    @Test
    void stackedBarsHaveALegendOnlyForMoreThanOneSeriesAndCycleTheirFills() {
        String one = Svg.stackedBars("e", "t", "d", List.of("本科", "硕士"), List.of("岗位数"), new int[][] {{3}, {0}}, "岗位数", "学历");
        assertTrue(one.contains("height=\"148\""), "40 + 2 bars of 26 + 56, no legend");
        assertEquals(List.of("本科", "硕士", "0", "1.25", "2.5", "3.75", "5", "岗位数", "学历"), texts(one));
        assertEquals(1, all(one, "(<rect x=\"200.0\" y=\"44.0\" width=\"294.0\" height=\"18.0\" fill=\"#1f1f1f\")").size(),
                "3 of an axis ending at 5, and no bar for 0");
        assertEquals(1, all(one, "(<rect x=)").size());
        String five = Svg.stackedBars("k", "t", "d", List.of("集成电路"), List.of("a", "b", "c", "d", "e"), new int[][] {{1, 1, 1, 1, 1}},
                "n", "产业");
        assertTrue(five.contains("height=\"150\""), "40 + a legend of 28 + 1 bar + 56");
        List<String> fills = all(five, "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"[0-9.]+\" fill=\"([^\"]+)\"")
                .stream().map(g -> g[0]).toList();
        List<String> cycle = List.of("#1f1f1f", "url(#k-hatch)", "#b0b0b0", "url(#k-dots)", "#1f1f1f");
        assertEquals(cycle, fills.subList(0, 5), "the legend");
        assertEquals(cycle, fills.subList(5, 10), "the bar's segments");
        assertEquals(List.of("a", "b", "c", "d", "e"), texts(five).subList(0, 5));
        assertTrue(five.contains("<text x=\"218\" y=\"46\" text-anchor=\"start\">a</text><rect x=\"239.0\" y=\"34.0\""), five);
        assertFalse(five.contains("NaN") || five.contains("Infinity"));
    }

    @Test
    void numbersAreShownWholeOrToTwoPlacesAndTextIsEscaped() {
        assertEquals("3", Svg.format(3.0000000001));
        assertEquals("0.5", Svg.format(0.5));
        assertEquals("0.25", Svg.format(0.25));
        assertEquals("1.33", Svg.format(4 / 3.0));
        assertEquals("-2", Svg.format(-2));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Svg.escape("<a href=\"x\">&'"));
        assertEquals(1, Svg.niceMax(0));
        assertEquals(2.5, Svg.niceMax(2.1));
        assertEquals(10, Svg.niceMax(5.5));
        assertEquals(1000, Svg.niceMax(1000));
    }
}
