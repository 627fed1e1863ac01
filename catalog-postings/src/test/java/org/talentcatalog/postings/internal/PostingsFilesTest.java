package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.postings.Posting;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.SalaryPeriod;

/** Postings files, CSV and JSON Lines, read record by record: what is read, what is skipped, where errors are. */
class PostingsFilesTest {

    @TempDir
    Path dir;

    private List<Posting> read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<Posting> out = new ArrayList<>();
        PostingsReader.read(file, out::add);
        return out;
    }

    private PostingsException refused(String name, String text) {
        return assertThrows(PostingsException.class, () -> read(name, text));
    }

    @Test
    void jsonLinesAreTheFileExtensionsJsonlAndNdjsonInAnyCase() {
        assertTrue(PostingsReader.isJsonLines("a.jsonl"));
        assertTrue(PostingsReader.isJsonLines("A.NDJSON"));
        assertTrue(PostingsReader.isJsonLines("招聘.JsonL"));
        assertFalse(PostingsReader.isJsonLines("a.json"));
        assertFalse(PostingsReader.isJsonLines("a.jsonl.csv"));
        assertFalse(PostingsReader.isJsonLines("jsonl"));
    }

    @Test
    void jsonLinesReadTextAndNumbersSkippingBlankLinesNullsAndUnknownFields() throws IOException {
        List<Posting> p = read("p.jsonl", "{\"Title\":\"会计\",\"公司\":\"甲\",\"city\":\"上海\",\"salary_min\":8000,"
                + "\"salary_max\":1.2e4,\"posted_on\":\"2024-01-02\",\"closed_on\":null,\"note\":[1]}\r\n"
                + "\n   \n"
                + "{\"职位名称\":\"出纳\",\"company\":\"乙\",\"区域\":\"闵行区\",\"发布日期\":\"2024/1/3\",\"薪资周期\":\"年\","
                + "\"posting_id\":7}");
        assertEquals(2, p.size());
        assertEquals(new Posting("", "会计", "甲", "上海", "", 8000.0, 12000.0, SalaryPeriod.MONTH, "", "",
                LocalDate.of(2024, 1, 2), null), p.get(0));
        assertEquals(new Posting("7", "出纳", "乙", "闵行区", "", null, null, SalaryPeriod.YEAR, "", "",
                LocalDate.of(2024, 1, 3), null), p.get(1));
    }

    @Test
    void aJsonLinesErrorIsAtItsLineCountingBlankLinesAndNamesTheField() {
        PostingsException e = refused("p.jsonl", "{\"title\":\"会计\",\"company\":\"甲\",\"city\":\"上海\",\"posted_on\":\"2024-01-02\"}\n"
                + "\n{\"title\":\"会计\",\"company\":\"甲\",\"city\":\"上海\",\"posted_on\":\"2024-02-30\"}\n");
        assertEquals("p.jsonl:3 (posted_on)", e.location());
        PostingsException missing = refused("p.jsonl", "{\"title\":\"会计\",\"city\":\"上海\",\"posted_on\":\"2024-01-02\"}");
        assertEquals("p.jsonl:1 (company): the required company is empty", missing.describe(Locale.ENGLISH));
    }

    @Test
    void aValueThatIsNeitherTextNorANumberIsRefusedAtItsLine() {
        for (String value : new String[] {"true", "[\"会计\"]", "{\"zh\":\"会计\"}"}) {
            PostingsException e = refused("p.ndjson", "\n{\"title\":" + value + "}\n");
            assertEquals("p.ndjson:2", e.location(), value);
            assertEquals("p.ndjson:2: the field title must be text or a number", e.describe(Locale.ENGLISH));
            assertEquals("p.ndjson:2: 字段 title 应为文本或数字", e.describe(null));
        }
    }

    @Test
    void aLineThatIsNoObjectIsRefusedAtItsFirstColumn() {
        for (String line : new String[] {"[1,2]", "\"会计\"", "42", "null"}) {
            PostingsException e = refused("p.jsonl", line + "\n");
            assertEquals("p.jsonl:1:1", e.location(), line);
            assertEquals("p.jsonl:1:1: each line of JSON Lines must be one JSON object", e.describe(Locale.ENGLISH));
        }
    }

    @Test
    void aSyntaxErrorIsAtItsLineAndColumnWithAShortenedMessage() {
        PostingsException e = refused("p.jsonl", "{\"title\":\"会计\",\"company\":\"甲\",\"city\":\"上海\",\"posted_on\":\"2024-01-02\"}\n"
                + "{\"title\" \"会计\"}\n");
        assertTrue(e.location().startsWith("p.jsonl:2:"), e.location());
        assertTrue(e.describe(Locale.ENGLISH).contains("this line is not valid JSON: "), e.describe(Locale.ENGLISH));
        String longName = "x".repeat(300);
        PostingsException shortened = refused("p.jsonl", "{\"title\": " + longName + "}");
        String text = shortened.describe(Locale.ENGLISH);
        String detail = text.substring(text.indexOf("not valid JSON: ") + "not valid JSON: ".length());
        assertEquals(121, detail.length(), detail);
        assertTrue(detail.endsWith("…"), detail);
    }

    @Test
    void aJsonLineMayHoldUpToTheLimitOfCharacters() throws IOException {
        String posting = "{\"title\":\"会计\",\"company\":\"甲\",\"city\":\"上海\",\"posted_on\":\"2024-01-02\"}";
        String full = posting + " ".repeat(PostingsReader.MAX_LINE - posting.length());
        assertEquals(2, read("p.jsonl", full + "\n" + full).size());
        PostingsException e = refused("p.jsonl", posting + "\n" + full + " \n");
        assertEquals("p.jsonl:2", e.location());
        assertEquals("p.jsonl:2: this line is longer than 65536 characters, which no posting is", e.describe(Locale.ENGLISH));
    }

    @Test
    void anEmptyCsvFileIsRefusedByName() {
        PostingsException e = refused("p.csv", "");
        assertEquals("p.csv", e.location());
        assertEquals("p.csv: the file is empty: it has no header", e.describe(Locale.ENGLISH));
        assertEquals("p.csv: 文件为空，没有表头", e.describe(null));
    }

    @Test
    void aCsvHeaderWithoutRecordsGivesNoPostingAndAMissingColumnIsAtTheHeader() throws IOException {
        assertEquals(List.of(), read("p.csv", "title,company,city,posted_on\n"));
        PostingsException e = refused("p.csv", "\n\ntitle,company,posted_on\n");
        assertEquals("p.csv:3", e.location());
    }

    @Test
    void csvColumnsAreFoundByNameAndTheFirstOfTwoCounts() throws IOException {
        List<Posting> p = read("p.csv", "备注,Company,职位,城市,发布日期,title,薪资上限\n"
                + "x,甲,会计,上海,2024-01-02,出纳,9k\n");
        assertEquals(List.of(new Posting("", "会计", "甲", "上海", "", null, 9000.0, SalaryPeriod.MONTH, "", "",
                LocalDate.of(2024, 1, 2), null)), p);
    }

    @Test
    void aCsvErrorIsAtItsCellOrPastTheLastCellForAnAbsentColumn() {
        PostingsException bad = refused("p.csv", "title,company,city,posted_on,salary_min\n会计,甲,上海,2024-01-02,\n"
                + "会计,甲,上海,2024-01-02,\"many\"\n");
        assertEquals("p.csv:3:20", bad.location());
        PostingsException absent = refused("p.csv", "title,company,city,posted_on\n会计,甲,,2024-01-02\n");
        assertEquals("p.csv:2", absent.location());
        assertEquals("p.csv:2: the required region is empty", absent.describe(Locale.ENGLISH));
    }

    @Test
    void aMalformedCsvIsALocatedPostingsError() {
        PostingsException e = refused("p.csv", "title,company,city,posted_on\n会计,\"甲,上海,2024-01-02\n");
        assertFalse(e.location().isEmpty());
        assertTrue(e.location().startsWith("p.csv:2"), e.location());
    }
}
