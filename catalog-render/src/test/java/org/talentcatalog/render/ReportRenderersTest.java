package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ExpertConsensus;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ShortageScorer;

/** The text reports of validation, scoring and consensus, and the machine formats under the same registry. */
class ReportRenderersTest {

    private static final Path SCORING = Path.of("../examples/data/scoring");
    private static final RenderContext ZH = RenderContext.defaults();
    private static final RenderContext EN = RenderContext.of(Locale.ENGLISH);

    private static <T> String render(Class<T> type, String name, T value, RenderContext ctx) {
        return Renderers.standard().get(type, name).render(value, ctx);
    }

    private static ValidationReport report() {
        List<Issue> issues = List.of(
                Issue.of(Severity.WARNING, Layer.RULE, "R17", "", LocalizedText.of("代码未收录", "code not listed")),
                Issue.of(Severity.ERROR, Layer.RULE, "R3", "/positions/0/id", LocalizedText.of("编号重复", "duplicate id"))
                        .locatedAt(5, 7),
                Issue.of(Severity.INFO, Layer.RULE, "R9", null, LocalizedText.of("提示", "a note")).locatedAt(4, null),
                Issue.of(Severity.ERROR, Layer.READ, "read:value", "/positions/1/level", LocalizedText.of("无法识别", "unknown"))
                        .inCell("岗位!E12"));
        return new ValidationReport(issues, 3, 2, 1);
    }

    @Test
    void validationTextListsErrorsThenWarningsThenNotesWithTheSourceBeforeEachLocation() {
        assertEquals("""
                a.xlsx:5:7  错误  R3  /positions/0/id  编号重复
                a.xlsx:岗位!E12  错误  read:value  /positions/1/level  无法识别
                a.xlsx  警告  R17  /  代码未收录
                a.xlsx:4:1  提示  R9  提示
                ……另有 3 个问题未列出
                a.xlsx: 未通过，2 个错误，1 个警告
                """, render(ValidationReport.class, "text", report(), ZH.withSource("a.xlsx")));
        assertEquals("""
                5:7  error  R3  /positions/0/id  duplicate id
                岗位!E12  error  read:value  /positions/1/level  unknown
                warning  R17  /  code not listed
                4:1  info  R9  a note
                … and 3 more issues not listed
                invalid, 2 error(s), 1 warning(s)
                """, render(ValidationReport.class, "text", report(), EN));
        assertEquals("b.json: 通过，0 个错误，0 个警告\n",
                render(ValidationReport.class, "text", ValidationReport.of(List.of()), ZH.withSource("b.json")));
    }

    @Test
    void validationJsonIsTheReportsOwnJson() {
        assertEquals(report().toJson(Locale.ENGLISH), render(ValidationReport.class, "json", report(), EN.withSource("a.xlsx")));
        assertEquals("application/json", Renderers.standard().get(ValidationReport.class, "json").mediaType());
    }

    @Test
    void scoringTextIsARankedTableAndJsonTheResultsOwnWithALineBreak() {
        ScoringResult result = ShortageScorer.of(ScoringConfig.read(SCORING.resolve("ic-scoring-config.json")))
                .score(SCORING.resolve("ic-survey-samples.csv"));
        String zh = render(ScoringResult.class, "text", result, ZH);
        assertTrue(zh.startsWith("指标权重："), zh);
        List<String> lines = zh.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("排名")).findFirst().orElseThrow());
        String first = lines.get(header + 1);
        assertTrue(first.startsWith("1 ") && first.contains(result.positions().get(0).id()), first);
        int scoreEnd = Columns.width(lines.get(header).substring(0, lines.get(header).indexOf("得分") + 2));
        for (int k = header + 1; k <= header + result.positions().size(); k++) {
            String row = lines.get(k);
            String score = String.format(Locale.ROOT, "%.4f", result.positions().get(k - header - 1).score());
            assertEquals(scoreEnd, Columns.width(row.substring(0, row.indexOf(score) + score.length())), "scores right-aligned: " + row);
        }
        assertTrue(zh.endsWith("\n") && !zh.endsWith("\n\n"));
        assertTrue(render(ScoringResult.class, "text", result, EN).contains("Rank"));
        assertEquals(result.toJson(Locale.ENGLISH) + "\n", render(ScoringResult.class, "json", result, EN));
    }

    @Test
    void consensusTextStatesWAndTheExcludedExperts() {
        ConsensusResult r = ExpertConsensus.analyze(ExpertConsensus.readCsv(new StringReader(
                "expert_id,item_id,score\nA,x,5\nA,y,3\nA,z,1\nB,x,4\nB,y,3\nB,z,2\nC,x,5\nC,y,\nC,z,2\n"), "r.csv"), null);
        String zh = render(ConsensusResult.class, "text", r, ZH);
        assertTrue(zh.startsWith("Kendall 协调系数 W = 1.0000，"), zh);
        assertTrue(zh.contains("；排除：[C]\n\n条目"), zh);
        assertTrue(zh.endsWith("\n") && !zh.endsWith("\n\n") && !zh.contains("\r"));
        String en = render(ConsensusResult.class, "text", r, EN);
        assertTrue(en.contains("Experts 2, items 3, full mark 5.0 (observed maximum)\n"), en);
        assertEquals(r.toJson(Locale.ENGLISH) + "\n", render(ConsensusResult.class, "json", r, EN));
    }

    @Test
    void consensusTextSaysWhenWIsUndefinedAndWhy() {
        ConsensusResult r = ExpertConsensus.analyze(ExpertConsensus.readCsv(new StringReader(
                "expert_id,item_id,score\nA,x,3\nA,y,3\nB,x,4\nB,y,4\n"), "r.csv"), null);
        String zh = render(ConsensusResult.class, "text", r, ZH);
        assertTrue(zh.startsWith("Kendall 协调系数 W：无定义\n警告：2 位专家对全部 2 个条目都给出相同评分"), zh);
        assertFalse(zh.contains("null") || zh.contains("NaN"), zh);
        String en = render(ConsensusResult.class, "text", r, EN);
        assertTrue(en.startsWith("Kendall's W: undefined\nWarning: each of the 2 experts gave all 2 items the same score"), en);
    }

    @Test
    void theScoringConsensusAndChangelogTextsSpeakAThirdLanguageFromItsOneFile() {
        // src/test/resources/org/talentcatalog/render/internal/messages_xx.properties gives a few of their
        // messages; the rest fall back to Chinese.
        RenderContext xx = RenderContext.of(new Locale("xx"));
        ScoringResult result = ShortageScorer.of(ScoringConfig.read(SCORING.resolve("ic-scoring-config.json")))
                .score(SCORING.resolve("ic-survey-samples.csv"));
        String scoring = render(ScoringResult.class, "text", result, xx);
        assertTrue(scoring.startsWith("指标权重："), scoring);
        assertTrue(scoring.contains("\n[xx] rank  岗位编号"), scoring);
        ConsensusResult undefined = ExpertConsensus.analyze(ExpertConsensus.readCsv(new StringReader(
                "expert_id,item_id,score\nA,x,3\nA,y,3\nB,x,4\nB,y,4\n"), "r.csv"), null);
        String consensus = render(ConsensusResult.class, "text", undefined, xx);
        assertTrue(consensus.startsWith("[xx] W undefined\n警告："), consensus);
        String markdown = render(CatalogDiff.class, "markdown", ChangelogTest.shipped(), xx);
        assertTrue(markdown.contains("| [xx] added positions | ") && markdown.contains("\n## [xx] added positions（"), markdown);
        assertFalse(markdown.contains("新增岗位"), markdown);
        String text = render(CatalogDiff.class, "text", ChangelogTest.shipped(), xx);
        assertTrue(text.contains("\n[xx] added positions ("), text);
    }

    @Test
    void diffJsonAndPatchArePrettyPrintedMachineFormatsOfTheModel() throws Exception {
        CatalogDiff diff = ChangelogTest.shipped();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String json = render(CatalogDiff.class, "json", diff, EN);
        assertEquals(diff.toJson().toString(), mapper.readTree(json).toString());
        assertTrue(json.startsWith("{\n  \"older\" : {") && json.endsWith("}\n"), json.substring(0, 40));
        String patch = render(CatalogDiff.class, "patch", diff, ZH);
        assertEquals(diff.toJsonPatch().toString(), mapper.readTree(patch).toString());
        assertEquals("application/json-patch+json", Renderers.standard().get(CatalogDiff.class, "patch").mediaType());
    }

    @Test
    void aCatalogRendersAsItsCanonicalJson() {
        Catalog c = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json"));
        String json = render(Catalog.class, "json", c, ZH);
        assertEquals(CatalogJson.write(c).endsWith("\n") ? CatalogJson.write(c) : CatalogJson.write(c) + "\n", json);
        assertEquals(c, CatalogJson.readString(json));
    }
}
