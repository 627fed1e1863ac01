package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each cell of a posting as {@link PostingColumns} (and so every postings file) reads it: salaries
 * with their units, dates in each accepted form, periods, the place, and every refusal at its cell in
 * both languages.
 */
class PostingCellsTest {

    private static final List<String> HEADER = List.of("posting_id", "title", "company", "city", "region", "industry",
            "salary_min", "salary_max", "salary_period", "education", "experience", "posted_on", "closed_on");
    private static final PostingColumns COLUMNS = PostingColumns.of(HEADER, "rows");

    /** A row of the full header with one cell changed; the others hold a valid posting. */
    private static List<String> row(String column, String value) {
        List<String> cells = new ArrayList<>(List.of(" J1 ", " 芯片工程师 ", " 甲公司 ", "浦东新区", "张江", " 集成电路 ", "", "",
                "", " 本科 ", " 3-5年 ", "2024-03-01", ""));
        cells.set(HEADER.indexOf(column), value);
        return cells;
    }

    private static Posting read(String column, String value) {
        return COLUMNS.read(row(column, value), i -> "rows [" + HEADER.get(i) + "]");
    }

    private static PostingsException refused(String column, String value) {
        return assertThrows(PostingsException.class, () -> read(column, value));
    }

    @Test
    void textCellsAreStrippedAndKept() {
        Posting p = read("posting_id", " J1 ");
        assertEquals(new Posting("J1", "芯片工程师", "甲公司", "浦东新区", "集成电路", null, null, SalaryPeriod.MONTH, "本科",
                "3-5年", LocalDate.of(2024, 3, 1), null), p);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8000|8000", "0|0", "8000.5|8000.5", "2万|20000", "1.5万|15000", "3 万|30000", "15k|15000", "15K|15000",
        "15千|15000", "20,000元|20000", "2.25k|2250", "999999999999|999999999999", "0.1|0.1",
        "0000000000000008000|8000", "99999999.99万|999999999900"})
    void salariesAreReadWithTheirUnits(String cell, double expected) {
        Posting p = read("salary_min", cell);
        assertEquals(expected, p.salaryMin());
        assertEquals(expected, p.monthlySalary(), 0.005 + expected * 1e-15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc", "1.2.3", ".5", "5.", "-5", "+5", "1e5", "万", "k", "1000000000000", "100000000万", "1000000000k",
        "123456789012345678901", "5 5", "0x10", "１２"})
    void aSalaryThatIsNoNumberIsRefusedAtItsCell(String cell) {
        PostingsException e = refused("salary_max", cell);
        assertEquals("rows [salary_max]", e.location());
        assertEquals("rows [salary_max]: the salary \"" + cell.strip() + "\" is not a number from 0 to 10^12",
                e.describe(Locale.ENGLISH));
        assertEquals("rows [salary_max]: 薪资“" + cell.strip() + "”不是 0 到 10¹² 之间的数字", e.describe(null));
    }

    @Test
    void aRangeMayBeOneAmountButNotUpsideDown() {
        List<String> cells = row("salary_min", "2万");
        cells.set(HEADER.indexOf("salary_max"), "20000");
        Posting p = COLUMNS.read(cells, i -> "rows [" + HEADER.get(i) + "]");
        assertEquals(20000.0, p.monthlySalary());
        cells.set(HEADER.indexOf("salary_max"), "19999.99");
        PostingsException e = assertThrows(PostingsException.class, () -> COLUMNS.read(cells, i -> "rows [" + HEADER.get(i) + "]"));
        assertEquals("rows [salary_min]", e.location());
        assertEquals("rows [salary_min]: the lowest salary 2万 is above the highest 19999.99", e.describe(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-01|2024-03-01", "2024/3/1|2024-03-01", "2024.03.01|2024-03-01", "2024年3月1日|2024-03-01",
        "2024 年 3 月 1 日|2024-03-01", "2024-3-1|2024-03-01", "2024年03月01|2024-03-01", "2024-12-31|2024-12-31",
        "2024-02-29|2024-02-29", "0001-01-01|0001-01-01", "2024/03-01|2024-03-01"})
    void datesAreReadInEachForm(String cell, String expected) {
        assertEquals(LocalDate.parse(expected), read("posted_on", cell).postedOn());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2024/02/30",
        "2024年2月30日", "24-01-01", "2024-0a-01", "2024x01x01", "01/03/2024", "2024-01-01T08:00", "明天",
        "2024-01-1a"})
    void aDateThatIsNoDayIsRefusedAtItsCell(String cell) {
        PostingsException e = refused("posted_on", cell);
        assertEquals("rows [posted_on]", e.location());
        assertEquals("rows [posted_on]: the date \"" + cell + "\" is not understood; write YYYY-MM-DD (YYYY/MM/DD or"
                + " YYYY年M月D日 also work)", e.describe(Locale.ENGLISH));
    }

    @Test
    void aLongBadDateIsQuotedByItsFirstFortyCharacters() {
        String cell = "x".repeat(39) + "yz";
        assertEquals("rows [closed_on]: the date \"" + "x".repeat(39) + "y…\" is not understood; write YYYY-MM-DD"
                + " (YYYY/MM/DD or YYYY年M月D日 also work)", refused("closed_on", cell).describe(Locale.ENGLISH));
        String forty = "x".repeat(40);
        assertEquals("rows [closed_on]: the date \"" + forty + "\" is not understood; write YYYY-MM-DD"
                + " (YYYY/MM/DD or YYYY年M月D日 also work)", refused("closed_on", forty).describe(Locale.ENGLISH));
    }

    @Test
    void theClosingDayMayBeThePostingDayButNotBefore() {
        assertEquals(LocalDate.of(2024, 3, 1), read("closed_on", "2024-03-01").closedOn());
        PostingsException e = refused("closed_on", "2024-02-29");
        assertEquals("rows [closed_on]", e.location());
        assertEquals("rows [closed_on]: the closing day 2024-02-29 is before the posting day 2024-03-01",
                e.describe(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|MONTH", "月|MONTH", "月薪|MONTH", "每月|MONTH", "Monthly|MONTH", "m|MONTH", "年薪|YEAR", "annual|YEAR",
        "/y|YEAR", "日薪|DAY", "天|DAY", "按天计|DAY", "daily|DAY", "小时|HOUR", "时薪|HOUR", "/h|HOUR", "HOURLY|HOUR",
        "周薪|WEEK", "w|WEEK", "' week '|WEEK"})
    void periodsAreReadFromTheirWords(String cell, SalaryPeriod expected) {
        assertEquals(expected, read("salary_period", cell).period());
    }

    @Test
    void anUnknownPeriodIsRefusedAtItsCell() {
        PostingsException e = refused("salary_period", " 季度 ");
        assertEquals("rows [salary_period]", e.location());
        assertEquals("rows [salary_period]: the salary period \"季度\" is not understood; use month, year, day, hour or"
                + " week (月, 年, 日, 时, 周)", e.describe(Locale.ENGLISH));
    }

    @Test
    void theRegionStandsInForABlankCity() {
        assertEquals("张江", read("city", "  ").city());
        assertEquals("浦东新区", read("region", "").city());
        List<String> cells = row("city", "");
        cells.set(HEADER.indexOf("region"), " ");
        PostingsException e = assertThrows(PostingsException.class, () -> COLUMNS.read(cells, i -> "rows [" + HEADER.get(i) + "]"));
        assertEquals("rows [region]", e.location());
        assertEquals("rows [region]: the required region is empty", e.describe(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({"title", "company", "posted_on"})
    void anEmptyRequiredCellIsRefusedAtIt(String column) {
        PostingsException e = refused(column, " ");
        assertEquals("rows [" + column + "]", e.location());
        assertEquals("rows [" + column + "]: the required " + column + " is empty", e.describe(Locale.ENGLISH));
    }

    @Test
    void optionalCellsMayBeEmpty() {
        for (String column : List.of("posting_id", "industry", "education", "experience", "salary_min", "closed_on")) {
            Posting p = read(column, "");
            assertEquals("芯片工程师", p.title(), column);
        }
        assertNull(read("closed_on", "").closedOn());
        assertEquals("", read("posting_id", "").id());
    }

    @Test
    void headerNamesAreMatchedWithoutCaseOrSpacesAndTheFirstOfTwoCounts() {
        PostingColumns columns = PostingColumns.of(List.of(" TITLE ", "企业", "地区", "发布日期", "title", "最低薪资", "计薪周期"),
                "h");
        Posting p = columns.read(List.of("会计", "乙", "闵行区", "2024年1月5日", "出纳", "3k", "日"), i -> "#" + i);
        assertEquals("会计", p.title());
        assertEquals("乙", p.company());
        assertEquals("闵行区", p.city());
        assertEquals(3000.0 * 21.75, p.monthlySalary());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "company,city,posted_on|title|职位名称", "title,city,posted_on|company|公司",
        "title,company,region|posted_on|发布日期"})
    void eachRequiredColumnIsNamedWhenMissing(String header, String english, String chinese) {
        PostingsException e = assertThrows(PostingsException.class, () -> PostingColumns.of(List.of(header.split(",")), "h.csv:1"));
        assertEquals("h.csv:1", e.location());
        assertEquals("h.csv:1: the required column " + english + " is missing (the Chinese header " + chinese
                + " also works)", e.describe(Locale.ENGLISH));
    }

    @Test
    void aCityOrARegionColumnIsEnough() {
        Posting p = PostingColumns.of(List.of("title", "company", "region", "posted_on"), "h")
                .read(List.of("会计", "乙", "徐汇区", "2024-01-05"), i -> "#" + i);
        assertEquals("徐汇区", p.city());
        PostingsException e = assertThrows(PostingsException.class,
                () -> PostingColumns.of(List.of("title", "company", "industry", "posted_on"), "h"));
        assertEquals("h: the required column city / region is missing (the Chinese header 城市 / 区域 also works)",
                e.describe(Locale.ENGLISH));
    }
}
