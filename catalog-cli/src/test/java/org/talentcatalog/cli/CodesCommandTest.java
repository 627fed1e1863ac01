package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.OccupationCodes;

/** {@code catalog codes occupation|industry QUERY}: ranking, languages, JSON, limit and exit codes. */
class CodesCommandTest {

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void occupationSearchFindsArtificialIntelligenceEngineersFirstWithChineseHeaders() {
        Run r = run("codes", "occupation", "人工智能");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("代码"), r.out());
        assertTrue(r.lines().get(1).startsWith("2-02-38-01  人工智能工程技术人员"), r.out());
        assertTrue(r.lines().get(1).contains("细类") && r.lines().get(1).endsWith("S 数字职业"), r.out());
        assertTrue(r.lines().get(2).startsWith("4-04-05-05"), r.out());
        assertEquals("共 2 条", r.lines().get(3));
        assertEquals("", r.err());
    }

    @Test
    void columnsLineUpByDisplayWidth() {
        Run r = run("codes", "occupation", "人工智能");
        List<Integer> levelColumns = r.lines().subList(1, 3).stream()
                .map(l -> Columns.width(l.substring(0, l.indexOf("细类")))).distinct().toList();
        assertEquals(1, levelColumns.size(), r.out());
        String header = r.lines().get(0);
        assertEquals(levelColumns.get(0), Columns.width(header.substring(0, header.indexOf("层级"))), r.out());
    }

    @Test
    void englishHeadersAndLabelsWithLangEn() {
        Run r = run("codes", "occupation", "集成电路", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("Code") && r.lines().get(0).contains("Marks"), r.out());
        assertTrue(r.lines().get(1).startsWith("2-02-38-09  集成电路工程技术人员"), r.out());
        assertTrue(r.lines().get(1).contains("occupation") && r.lines().get(1).endsWith("S digital"), r.out());
    }

    @Test
    void jsonCarriesCodesNamesLevelsMarksAndParents() throws Exception {
        Run r = run("codes", "occupation", "人工智能", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(2, doc.get("total").asInt());
        JsonNode first = doc.get("results").get(0);
        assertEquals("2-02-38-01", first.get("code").asText());
        assertEquals("人工智能工程技术人员", first.get("name").asText());
        assertEquals(4, first.get("level").asInt());
        assertEquals("S", first.get("marks").asText());
        assertTrue(first.get("digital").asBoolean());
        assertFalse(first.get("green").asBoolean());
        assertEquals("2-02-38-00", first.get("parent").asText());
    }

    @Test
    void limitCutsTheListAndSaysHowManyMatched() {
        int total = OccupationCodes.defaults().search("2-02-38").size();
        Run r = run("codes", "occupation", "2-02-38", "--limit", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.lines().size(), r.out());
        assertTrue(r.lines().get(1).startsWith("2-02-38-00"), r.out());
        assertEquals("共 " + total + " 条，显示前 3 条（--limit 0 显示全部）", r.lines().get(4));
        Run all = run("codes", "occupation", "2-02-38", "--limit", "0");
        assertEquals(total + 2, all.lines().size(), all.out());
    }

    @Test
    void industryLookupAcceptsTheCodeWithOrWithoutItsSectionLetter() {
        for (String query : List.of("3973", "C3973")) {
            Run r = run("codes", "industry", query);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.lines().get(1).startsWith("C3973  集成电路制造"), r.out());
            assertTrue(r.lines().get(1).endsWith("小类"), r.out());
        }
        Run byName = run("codes", "industry", "集成电路", "--format", "json");
        assertEquals(0, byName.code(), byName.err());
        assertTrue(byName.out().contains("\"C3973\""), byName.out());
    }

    @Test
    void nothingMatchingExitsOneAndNamesTheClosestCodeOnStderr() throws Exception {
        Run r = run("codes", "occupation", "4-04-05-13");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("catalog codes occupation: 没有匹配 4-04-05-13 的职业代码；同一小类中最接近的是 4-04-05-08 电子数据取证分析师",
                r.err().strip());
        Run noMinorGroup = run("codes", "occupation", "2-02-39-01");
        assertEquals(1, noMinorGroup.code());
        assertTrue(noMinorGroup.err().contains("最近的上级分类是 2-02-00-00 工程技术人员"), noMinorGroup.err());
        Run industry = run("codes", "industry", "I3973", "--lang", "en");
        assertEquals(1, industry.code());
        assertTrue(industry.err().contains("closest existing class is C3973 集成电路制造"), industry.err());
        Run json = run("codes", "industry", "不存在的行业", "--format", "json");
        assertEquals(1, json.code());
        assertEquals(0, new ObjectMapper().readTree(json.out()).get("total").asInt(), "stdout is still a JSON document");
    }

    @Test
    void wrongCallsExitTwoWithOneLineOnStderr() {
        for (String[] args : List.of(new String[] {"codes", "occupation", "  "}, new String[] {"codes", "industry"},
                new String[] {"codes", "occupation", "人工", "--limit", "-1"}, new String[] {"codes", "occupation", "人工", "--limit", "x"},
                new String[] {"codes", "nation", "人工"})) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("catalog codes"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
