package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.Consistency;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ItemStatistics;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.RandomIndex;
import org.talentcatalog.scoring.RankInterval;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.UnscoredPosition;

/**
 * The text reports line by line, from results built by hand so that every optional part is there:
 * the AHP line, Jenks breaks, confidences and rank intervals, unscored positions, warnings, a
 * configured full mark and excluded experts.
 */
class ReportTextTest {

    private static final RenderContext ZH = RenderContext.defaults();
    private static final RenderContext EN = RenderContext.of(Locale.ENGLISH);

    private static <T> String render(Class<T> type, T value, RenderContext ctx) {
        return Renderers.standard().get(type, "text").render(value, ctx);
    }

    private static PositionScore score(String id, String name, double score, int rank, ShortageLevel level,
            Map<String, Double> probabilities, RankInterval interval) {
        return new PositionScore(id, name, "INTEGRATED_CIRCUIT", score, rank, level, Map.of(), Map.of(), probabilities, interval, null);
    }

    private static ScoringResult scored() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("demand", 0.6);
        weights.put("salary", 0.4);
        return new ScoringResult(weights, new Consistency(5.01234, 0.00309, 0.00276, RandomIndex.SAATY_CLASSIC), "JENKS",
                List.of(0.1, 0.5, 0.9), List.of(new ScoringWarning("AHP_INCONSISTENT", "判断矩阵不一致", "inconsistent matrix")),
                List.of(score("IC-001", "集成电路设计工程师", 0.91234, 1, ShortageLevel.VERY_SCARCE, Map.of("VERY_SCARCE", 0.875),
                                new RankInterval(1, 2)),
                        score("IC-002", "PE", 0.5, 2, null, Map.of(PositionScore.NONE, 0.6, "SCARCE", 0.4), new RankInterval(1, 3)),
                        score("IC-003", "测试", 0.1, 3, ShortageLevel.GENERALLY_SCARCE, Map.of(), null)),
                List.of(new UnscoredPosition("IC-009", "封装工程师", 2, "仅 2 位受访者", "only 2 respondents")),
                List.of(new UnscoredPosition("IC-010", "光刻工程师", null, "缺少指标值", "missing value")), null);
    }

    @Test
    void scoringTextInChineseHasEveryPartInItsPlaceAndColumnsAlignedByDisplayWidth() {
        assertEquals("""
                指标权重：demand=0.6000  salary=0.4000\s\s
                AHP 一致性：λmax 5.0123，CI 0.0031，CR 0.0028
                分级方法：JENKS，断点 [0.1000, 0.5000, 0.9000]

                排名   岗位编号      岗位名称               得分  等级              置信度  排名区间
                1      IC-001        集成电路设计工程师   0.9123  非常紧缺 ★★★         88%  1–2
                2      IC-002        PE                   0.5000  不列入               60%  1–3
                3      IC-003        测试                 0.1000  一般紧缺 ★             -  -

                样本不足：
                  IC-009 封装工程师 — 仅 2 位受访者
                未评分：IC-010 — 缺少指标值
                警告：判断矩阵不一致
                """, render(ScoringResult.class, scored(), ZH));
    }

    @Test
    void scoringTextInEnglishKeepsANameColumnOfAtLeastTwelveColumns() {
        ScoringResult short_ = new ScoringResult(Map.of("demand", 1.0), null, "QUANTILE", List.of(), List.of(),
                List.of(score("P1", "Fab", 0.25, 1, ShortageLevel.SCARCE, Map.of(), null)), List.of(),
                List.of(new UnscoredPosition("P2", "Lab", null, "缺少指标值", "missing value")), null);
        assertEquals("""
                Weights: demand=1.0000\s\s
                Classification: QUANTILE

                Rank   Id            Position        Score  Level              Conf.  Rank 5–95%
                1      P1            Fab            0.2500  scarce ★★              -  -
                Excluded: P2 — missing value
                """, render(ScoringResult.class, short_, EN));
    }

    @Test
    void consensusTextWithAConfiguredFullMarkAndExcludedExperts() {
        ConsensusResult r = new ConsensusResult(3, 2, 0.5, 0.55, 3.3, 1, 0.0693, 10.0, "configured", List.of("C", "D"),
                List.of(new ItemStatistics("x", 3, 4.0, 1.0, 0.25, 1 / 3.0, 1.5), new ItemStatistics("晶圆", 2, 7.5, 0.5, 0.0667, 0, 1.5)),
                List.of(new ScoringWarning("FEW_EXPERTS", "专家较少", "few experts")));
        assertEquals("Kendall 协调系数 W = 0.5000，校正 W = 0.5500，χ² = 3.3000（按校正 W），自由度 1，p = 0.06930\n"
                + "警告：专家较少\n"
                + "专家 3 位，条目 2 个，满分 10.0（指定）\n"
                + ConsensusResult.BLANK_HANDLING_ZH + "；排除：[C, D]\n"
                + "\n"
                + "条目                   人数       均值      标准差     变异系数        满分比\n"
                + "x                     3    4.000    1.000    0.250      0.333\n"
                + "晶圆                    2    7.500    0.500    0.067      0.000\n", render(ConsensusResult.class, r, ZH));
        String en = render(ConsensusResult.class, r, EN);
        assertEquals("Kendall's W = 0.5000, tie-corrected W = 0.5500, chi-square = 3.3000 (uses corrected W), df = 1, p = 0.06930\n"
                + "Warning: few experts\n"
                + "Experts 3, items 2, full mark 10.0 (configured)\n"
                + ConsensusResult.BLANK_HANDLING_EN + "; excluded: [C, D]\n", en.substring(0, en.indexOf("\n\n") + 1));
    }

    @Test
    void consensusTextWithoutExcludedExpertsEndsTheBlankHandlingThere() {
        ConsensusResult r = new ConsensusResult(2, 1, 1.0, 1.0, 2.0, 0, 1e-5, 5.0, "observed maximum", List.of(),
                List.of(new ItemStatistics("x", 2, 5.0, 0.0, 0.0, 1.0, 1.0)), List.of());
        String en = render(ConsensusResult.class, r, EN);
        assertEquals("Kendall's W = 1.0000, tie-corrected W = 1.0000, chi-square = 2.0000 (uses corrected W), df = 0, p = 1.000e-05\n"
                + "Experts 2, items 1, full mark 5.0 (observed maximum)\n"
                + ConsensusResult.BLANK_HANDLING_EN + "\n\n", en.substring(0, en.indexOf("\n\n") + 2));
    }

    @Test
    void anEmptySourceIsNoSource() {
        ValidationReport report = new ValidationReport(List.of(Issue.of(Severity.ERROR, Layer.RULE, "R3", "/positions/0/id",
                LocalizedText.of("编号重复", "duplicate id")).locatedAt(5, 7)), 0, 1, 0);
        assertEquals("5:7  错误  R3  /positions/0/id  编号重复\n未通过，1 个错误，0 个警告\n",
                render(ValidationReport.class, report, ZH.withSource("")));
        assertEquals("a.json:5:7  error  R3  /positions/0/id  duplicate id\na.json: invalid, 1 error(s), 0 warning(s)\n",
                render(ValidationReport.class, report, EN.withSource("a.json")));
    }
}
