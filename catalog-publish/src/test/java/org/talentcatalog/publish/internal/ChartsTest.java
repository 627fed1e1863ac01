package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.publish.Release;

/**
 * The charts of one catalog's page, each from a catalog written for it: which charts there are, the
 * numbers in their tables, and the order in which they draw.
 */
class ChartsTest {

    private static final String HEAD = """
            {"formatVersion": "1.0", "id": "t", "title": {"zh": "图表"}, "kind": "INDUSTRY", "status": "DRAFT",
             "issuance": {"compilers": [{"name": "甲", "role": "INDUSTRY_AUTHORITY"}]},
             "edition": {"version": "2025"}, "scope": {"industries": ["INTEGRATED_CIRCUIT"]},
             "methodology": {"scoring": {"thresholds": {"VERY_SCARCE": 0.7, "SCARCE": 0.5, "GENERALLY_SCARCE": 0.25}}},
             "positions": [""";

    /** The charts of a catalog with the given positions, each given as the members after id, name and industry. */
    private static List<Chart> charts(String... positions) {
        StringBuilder json = new StringBuilder(HEAD);
        for (int i = 0; i < positions.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"P").append(i).append("\", \"name\": {\"zh\": \"")
                    .append(positions[i].substring(0, 1)).append("\"}, \"industry\": \"INTEGRATED_CIRCUIT\", \"category\": \"APPLIED_TECHNOLOGY\"")
                    .append(positions[i].substring(1)).append('}');
        }
        json.append("]}");
        return Views.of(Release.of(CatalogJson.readString(json.toString())), new Words(Locale.CHINESE)).catalogs().get(0).charts();
    }

    private static Chart chart(List<Chart> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text [^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void scoresOutsideZeroToOneWidenTheHistogramAndEveryScoreIsCountedOnce() {
        List<Chart> charts = charts(
                "甲, \"shortage\": {\"level\": \"GENERALLY_SCARCE\", \"score\": -0.5}",
                "乙, \"shortage\": {\"level\": \"GENERALLY_SCARCE\", \"score\": 0.0}",
                "丙, \"shortage\": {\"level\": \"VERY_SCARCE\", \"score\": 0.74}",
                "丁, \"shortage\": {\"level\": \"VERY_SCARCE\", \"score\": 1.5}",
                "戊, \"shortage\": {\"level\": \"SCARCE\"}",
                "己");
        Chart scores = chart(charts, "chart-scores");
        // twenty bins of 0.1 from -0.5 to 1.5; the top score falls in the last bin, not past it
        assertEquals(List.of(List.of("-0.5 – -0.4", "1"), List.of("0 – 0.1", "1"), List.of("0.7 – 0.8", "1"), List.of("1.4 – 1.5", "1")),
                scores.rows());
        assertEquals("4 个岗位的评分分布；虚线为分级阈值：非常紧缺 ≥ 0.7、紧缺 ≥ 0.5、一般紧缺 ≥ 0.25。", scores.description());
        List<String> texts = texts(scores.svg());
        assertEquals(List.of("非常紧缺 ≥ 0.7", "紧缺 ≥ 0.5", "一般紧缺 ≥ 0.25", "-0.5", "-0.1", "0.3", "0.7", "1.1", "1.5", "1", "0", "评分", "岗位数"),
                texts);
        // 0.7 is 1.2 from the axis' start, 310 units a unit from x = 70
        assertTrue(scores.svg().contains("<line x1=\"442.0\" y1=\"46\" x2=\"442.0\""), scores.svg());
        assertEquals(List.of("chart-levels", "chart-education", "chart-experience", "chart-scores"), charts.stream().map(Chart::id).toList());
    }

    @Test
    void salaryRangesAreSortedByTheirMiddleHighestFirstThenByName() {
        List<Chart> charts = charts(
                "B, \"demand\": {\"salary\": {\"min\": 100000, \"max\": 500000, \"period\": \"YEAR\"}}",
                "A, \"demand\": {\"salary\": {\"min\": 250000, \"max\": 300000, \"period\": \"YEAR\"}}",
                "C, \"demand\": {\"salary\": {\"min\": 20000, \"max\": 25000, \"period\": \"MONTH\"}}",
                "D, \"demand\": {\"salary\": {\"min\": 250000, \"max\": 300000, \"period\": \"YEAR\"}}",
                "E, \"demand\": {\"salary\": {\"min\": 900000, \"period\": \"YEAR\"}}",
                "F, \"demand\": {\"headcount\": 3}");
        Chart salary = chart(charts, "chart-salary");
        // middles 300, 275, 275 and 270 thousand a year; E has no upper end and F no salary
        assertEquals(List.of(List.of("B", "100", "500"), List.of("A", "250", "300"), List.of("D", "250", "300"), List.of("C", "240", "300")),
                salary.rows());
        assertEquals(List.of("B", "A", "D", "C"), texts(salary.svg()).subList(0, 4));
        assertTrue(salary.description().startsWith("4 个岗位的年薪区间"), salary.description());
    }

    @Test
    void positionsWithoutRequirementsCountAsUnstatedAndChartsWithNothingToShowAreLeftOut() {
        List<Chart> charts = charts(
                "甲",
                "乙, \"requirements\": {\"majors\": [\"微电子\"]}",
                "丙, \"requirements\": {\"education\": \"BACHELOR\", \"experience\": {\"minYears\": 3}}",
                "丁, \"demand\": {\"salary\": {\"max\": 300000, \"period\": \"YEAR\"}}");
        assertEquals(List.of("chart-levels", "chart-education", "chart-experience"), charts.stream().map(Chart::id).toList(),
                "no salary with both ends, no score");
        assertEquals(List.of(List.of("博士研究生", "0"), List.of("硕士研究生", "0"), List.of("大学本科", "1"), List.of("大学专科", "0"),
                List.of("中职及技工", "0"), List.of("高中", "0"), List.of("不限", "0"), List.of("未注明", "3")), chart(charts, "chart-education").rows());
        assertEquals(List.of(List.of("1 年以下", "0"), List.of("1–2 年", "0"), List.of("3–4 年", "1"), List.of("5–9 年", "0"),
                List.of("10 年及以上", "0"), List.of("不限", "3")), chart(charts, "chart-experience").rows());
        assertEquals(List.of(List.of("集成电路", "0", "0", "0", "4", "4")), chart(charts, "chart-levels").rows());
    }

    @Test
    void aCatalogWithoutPositionsHasNoCharts() {
        assertEquals(List.of(), charts());
    }
}
