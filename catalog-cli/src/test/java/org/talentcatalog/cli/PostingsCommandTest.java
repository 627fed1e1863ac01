package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.cli.Run.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog postings}: postings to indicators; and {@code score --indicators} joining them. */
class PostingsCommandTest {

    private static final String HEADER = "posting_id,title,company,region,salary_min,salary_max,salary_period,education,"
            + "experience,posted_on,closed_on\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void csvAndJsonLinesGiveTheSameIndicators() throws Exception {
        Path csv = file("p.csv", HEADER + "1,集成电路设计工程师,甲公司,浦东新区,20000,30000,月,本科,3-5年,2024-01-02,2024-02-01\n"
                + "2,集成电路设计工程师,甲公司,浦东新区,20000,30000,月,本科,3-5年,2024-01-10,\n"
                + "3,数字验证工程师,乙公司,闵行区,360000,,年,硕士,1-3年,2024-01-05,\n");
        Path jsonl = file("p.jsonl", "{\"posting_id\":\"1\",\"title\":\"集成电路设计工程师\",\"company\":\"甲公司\",\"region\":\"浦东新区\","
                + "\"salary_min\":20000,\"salary_max\":30000,\"salary_period\":\"月\",\"education\":\"本科\",\"experience\":\"3-5年\","
                + "\"posted_on\":\"2024-01-02\",\"closed_on\":\"2024-02-01\"}\n"
                + "{\"posting_id\":\"2\",\"title\":\"集成电路设计工程师\",\"company\":\"甲公司\",\"region\":\"浦东新区\","
                + "\"salary_min\":20000,\"salary_max\":30000,\"salary_period\":\"月\",\"education\":\"本科\",\"experience\":\"3-5年\","
                + "\"posted_on\":\"2024-01-10\"}\n\n"
                + "{\"posting_id\":\"3\",\"title\":\"数字验证工程师\",\"company\":\"乙公司\",\"region\":\"闵行区\","
                + "\"salary_min\":360000,\"salary_period\":\"年\",\"education\":\"硕士\",\"experience\":\"1-3年\",\"posted_on\":\"2024-01-05\"}\n");
        String catalog = "../examples/data/catalogs/sh-ic-2024.json";
        Run a = run("postings", csv.toString(), "--catalog", catalog, "--format", "csv");
        Run b = run("postings", jsonl.toString(), "--catalog", catalog, "--format", "csv");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().startsWith("position_id,position_name,postings,employers,posted_salary_q1"), a.out());
        assertTrue(a.out().contains("IC-001,集成电路设计工程师,1,1,25000,25000,25000,30\n"), a.out());
        assertTrue(a.out().contains("IC-008,芯片验证工程师,1,1,30000,30000,30000,\n"), a.out());
        Run json = run("postings", csv.toString(), "--catalog", catalog);
        assertTrue(json.out().contains("\"merged_duplicates\" : 1"), json.out());
    }

    @Test
    void everyCoreAndOneThreadGiveTheSameOutputAndZeroThreadsIsRefused() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 12000; i++) { // about 1.2 MB: two chunks of 1 MiB
            text.append(i).append(i % 2 == 0 ? ",集成电路设计工程师,\"甲\n公司" : ",数字验证工程师,\"乙, 公司").append(i % 40)
                    .append("\",浦东新区,").append(10000 + i).append(",,月,本科,3-5年,2024-0").append(1 + i % 6).append("-1")
                    .append(i % 9).append(",\n");
        }
        Path big = file("big.csv", text.toString());
        String catalog = "../examples/data/catalogs/sh-ic-2024.json";
        Run one = run("postings", big.toString(), "--catalog", catalog, "--threads", "1");
        Run all = run("postings", big.toString(), "--catalog", catalog);
        Run three = run("postings", big.toString(), "--catalog", catalog, "--threads", "3", "--format", "csv");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("\"rows\" : 12000"), one.out());
        assertEquals(one.out(), all.out());
        assertEquals(run("postings", big.toString(), "--catalog", catalog, "--threads", "1", "--format", "csv").out(), three.out());
        Run zero = run("postings", big.toString(), "--threads", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--threads"), zero.err());
    }

    @Test
    void badCellsAreLocatedInBothLanguagesWithExit2() throws Exception {
        Path bad = file("bad.csv", HEADER + "1,集成电路设计工程师,甲公司,浦东新区,20000,30000,月,本科,3-5年,2024-13-40,\n");
        Run zh = run("postings", bad.toString());
        assertEquals(2, zh.code());
        assertTrue(zh.err().startsWith("catalog postings: bad.csv:2:"), zh.err());
        assertTrue(zh.err().contains("日期“2024-13-40”无法识别"), zh.err());
        assertFalse(zh.err().contains("Exception"), zh.err());
        Run en = run("postings", bad.toString(), "--lang", "en");
        assertTrue(en.err().contains("the date \"2024-13-40\" is not understood"), en.err());
        Run period = run("postings", file("period.csv", HEADER + "1,t,甲,浦东,1,2,季度,,,2024-01-01,\n").toString(), "--lang", "en");
        assertTrue(period.err().contains("period.csv:2:14: the salary period \"季度\" is not understood"), period.err());
        Run missing = run("postings", file("cols.csv", "title,company\nx,y\n").toString(), "--lang", "en");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("cols.csv:1: the required column posted_on is missing"), missing.err());
        Run json = run("postings", file("x.jsonl", "{\"title\": }\n").toString(), "--lang", "en");
        assertEquals(2, json.code());
        assertTrue(json.err().contains("x.jsonl:1:"), json.err());
        Run none = run("postings", dir.resolve("absent.csv").toString());
        assertEquals(2, none.code());
        assertFalse(none.err().contains("Exception"), none.err());
        Run window = run("postings", bad.toString(), "--window", "0");
        assertEquals(2, window.code());
    }

    @Test
    void scoreRefusesAnIndicatorThatTwoTablesHave() throws Exception {
        Path a = file("a.csv", "position_id,x,y\nP1,1,2\nP2,2,3\nP3,3,1\n");
        Path b = file("b.csv", "position_id,y\nP1,1\n");
        Path config = file("c.json", "{\"indicators\":[{\"id\":\"x\",\"direction\":\"POSITIVE\"}],"
                + "\"weighting\":{\"method\":\"FIXED\",\"weights\":{\"x\":1}}}");
        Run r = run("score", a.toString(), "--config", config.toString(), "--indicators", b.toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("b.csv: the indicator y is already in a.csv"), r.err());
    }

    @Test
    void scoreJoinsAnotherTableByPositionIdAndWarnsOfPositionsItLacks() throws Exception {
        Path a = file("a.csv", "position_id,x\nP1,1\nP2,2\nP3,3\n");
        Path b = file("b.csv", "position_id,z\nP1,30\nP2,20\nP3,10\nP9,5\n");
        Path config = file("c.json", "{\"indicators\":[{\"id\":\"x\",\"direction\":\"POSITIVE\"},{\"id\":\"z\",\"direction\":\"POSITIVE\"}],"
                + "\"weighting\":{\"method\":\"FIXED\",\"weights\":{\"x\":1,\"z\":3}}}");
        Run r = run("score", a.toString(), "--config", config.toString(), "--indicators", b.toString(), "--format", "json",
                "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().indexOf("\"P1\"") < r.out().indexOf("\"P3\""), r.out()); // z weighs more: P1 first
        assertTrue(r.out().contains("1 positions of b.csv are not in the scored input"), r.out());
    }
}
