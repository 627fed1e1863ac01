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

    /** The drawn elements after the patterns, one string each, texts with their content. */
    private static List<String> drawn(String svg) {
        return all(svg.substring(svg.indexOf("</defs>")), "(<rect [^>]*/>|<line [^>]*/>|<text [^>]*>[^<]*</text>)").stream()
                .map(g -> g[0]).toList();
    }

    private static String rect(String x, String y, String w, String h, String fill) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" fill=\"" + fill
                + "\" stroke=\"#000000\" stroke-width=\"0.6\"/>";
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#000000\"/>";
    }

    private static String text(int x, int y, String anchor, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + text + "</text>";
    }

    @Test
    void aHistogramOverAnyRangeDrawsBarsThresholdsTicksAndLabelsWhereTheLayoutPutsThem() {
        // 5 bins of 124 from x = 70; counts up to 3 on an axis ending at 5, so 44 units a count below y = 280;
        // values -0.5..1.5 over 620 units, 310 a unit; ticks every 0.4; threshold labels alternate 12 lower
        String svg = Svg.histogram("h", "t", "d", new int[] {2, 0, 1, 3, 0}, -0.5, 1.5, new double[] {0.25, 0.7},
                List.of("一般", "紧缺"), "评分", "岗位数");
        String dashed = "\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>";
        assertEquals(List.of(
                rect("71.0", "192.0", "122.0", "88.0", "#7a7a7a"),
                rect("195.0", "280.0", "122.0", "0.0", "#7a7a7a"),
                rect("319.0", "236.0", "122.0", "44.0", "#7a7a7a"),
                rect("443.0", "148.0", "122.0", "132.0", "#7a7a7a"),
                rect("567.0", "280.0", "122.0", "0.0", "#7a7a7a"),
                "<line x1=\"302.5\" y1=\"46\" x2=\"302.5\" y2=\"280" + dashed, text(306, 56, "start", "一般"),
                "<line x1=\"442.0\" y1=\"58\" x2=\"442.0\" y2=\"280" + dashed, text(446, 68, "start", "紧缺"),
                line(70, 280, 690, 280), line(70, 60, 70, 280),
                line(70, 280, 70, 285), text(70, 298, "middle", "-0.5"),
                line(194, 280, 194, 285), text(194, 298, "middle", "-0.1"),
                line(318, 280, 318, 285), text(318, 298, "middle", "0.3"),
                line(442, 280, 442, 285), text(442, 298, "middle", "0.7"),
                line(566, 280, 566, 285), text(566, 298, "middle", "1.1"),
                line(690, 280, 690, 285), text(690, 298, "middle", "1.5"),
                text(64, 64, "end", "5"), text(64, 284, "end", "0"), text(380, 320, "middle", "评分"),
                "<text x=\"16\" y=\"170\" text-anchor=\"middle\" transform=\"rotate(-90 16 170)\">岗位数</text>"), drawn(svg));
    }

    @Test
    void stackedBarsUnderALegendDrawEverySegmentTheirLabelsAndTheAxis() {
        // a legend of 28 pushes the one row to y = 68; five values of 1 on an axis ending at 5, 98 units each;
        // each legend entry 26 + 13 a character to the right of the one before
        String svg = Svg.stackedBars("k", "t", "d", List.of("集成电路设计与制造业十六个字符甲"), List.of("a", "bb", "c", "d", "e"),
                new int[][] {{1, 1, 1, 1, 1}}, "n", "产业");
        assertEquals(List.of(
                rect("200.0", "34.0", "14.0", "14.0", "#1f1f1f"), text(218, 46, "start", "a"),
                rect("239.0", "34.0", "14.0", "14.0", "url(#k-hatch)"), text(257, 46, "start", "bb"),
                rect("291.0", "34.0", "14.0", "14.0", "#b0b0b0"), text(309, 46, "start", "c"),
                rect("330.0", "34.0", "14.0", "14.0", "url(#k-dots)"), text(348, 46, "start", "d"),
                rect("369.0", "34.0", "14.0", "14.0", "#1f1f1f"), text(387, 46, "start", "e"),
                text(192, 85, "end", "集成电路设计与制造业十六个字符甲"),
                rect("200.0", "72.0", "98.0", "18.0", "#1f1f1f"),
                rect("298.0", "72.0", "98.0", "18.0", "url(#k-hatch)"),
                rect("396.0", "72.0", "98.0", "18.0", "#b0b0b0"),
                rect("494.0", "72.0", "98.0", "18.0", "url(#k-dots)"),
                rect("592.0", "72.0", "98.0", "18.0", "#1f1f1f"),
                line(200, 68, 200, 94), line(200, 94, 690, 94),
                line(200, 94, 200, 99), text(200, 112, "middle", "0"),
                line(323, 94, 323, 99), text(323, 112, "middle", "1.25"),
                line(445, 94, 445, 99), text(445, 112, "middle", "2.5"),
                line(568, 94, 568, 99), text(568, 112, "middle", "3.75"),
                line(690, 94, 690, 99), text(690, 112, "middle", "5"),
                text(445, 134, "middle", "n"), text(192, 58, "end", "产业")), drawn(svg));
        assertTrue(svg.contains("height=\"150\""), "40 + a legend of 28 + 1 bar of 26 + 56");
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
