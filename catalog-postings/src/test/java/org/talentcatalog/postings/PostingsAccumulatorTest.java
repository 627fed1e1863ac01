package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PostingsAccumulatorTest {

    private static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);

    static CodedPosting row(String group, String company, int day, @Nullable Double min, @Nullable Double max,
            SalaryPeriod period, @Nullable Integer open) {
        LocalDate posted = JAN1.plusDays(day);
        return new CodedPosting(group, "岗位" + group, new Posting("id" + company + day + min, "工程师", company, "浦东新区", "",
                min, max, period, "本科", "3-5年", posted, open == null ? null : posted.plusDays(open)));
    }

    @Test
    void repostsWithinTheWindowAreOnePostingWithOneSalary() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(row("P", "甲", 0, 20000.0, 30000.0, SalaryPeriod.MONTH, 10));
        acc.add(row("P", "甲", 29, 20000.0, 30000.0, SalaryPeriod.MONTH, 5)); // 29 days later: a repost
        acc.add(row("P", "甲", 30, 10000.0, null, SalaryPeriod.MONTH, null)); // 30 days after the first: new
        acc.add(row("P", "乙", 0, 120000.0, 240000.0, SalaryPeriod.YEAR, null)); // another company
        PostingsGroup g = acc.result(PostingsOptions.defaults()).groups().get(0);
        assertEquals(4, g.rows());
        assertEquals(3, g.postings());
        assertEquals(1, g.mergedDuplicates());
        assertEquals(2, g.employers());
        // 25,000 (甲, once), 10,000, 15,000 (乙: 180,000 a year) → median 15,000
        assertEquals(15000.0, g.salaryMedian());
        assertEquals(12500.0, g.salaryQ1());
        assertEquals(20000.0, g.salaryQ3());
        // 甲's first run was open from day 0 to the latest closing, day 34
        assertEquals(34.0, g.daysOpenMedian());
        assertEquals(1, g.withClosing());
        assertEquals(1.0, g.education().get("bachelor"));
        assertEquals(1.0, g.experience().get("3_5"));
    }

    @Test
    void aWindowOfOneMergesTheSameDayOnly() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(row("P", "甲", 0, 1.0, null, SalaryPeriod.MONTH, null));
        acc.add(row("P", "甲", 0, 1.0, null, SalaryPeriod.MONTH, null));
        acc.add(row("P", "甲", 1, 1.0, null, SalaryPeriod.MONTH, null));
        assertEquals(2, acc.result(new PostingsOptions(1, null)).groups().get(0).postings());
        assertEquals(1, acc.result(new PostingsOptions(2, null)).groups().get(0).postings());
        assertThrows(IllegalArgumentException.class, () -> new PostingsOptions(0, null));
    }

    @Test
    void salariesOfEveryPeriodBecomeMonthly() {
        assertEquals(300.0 * 21.75, new Posting("", "t", "c", "x", "", 300.0, null, SalaryPeriod.DAY, "", "", JAN1, null)
                .monthlySalary());
        assertEquals(50.0 * 174, new Posting("", "t", "c", "x", "", 40.0, 60.0, SalaryPeriod.HOUR, "", "", JAN1, null)
                .monthlySalary());
        assertEquals(4333.33, new Posting("", "t", "c", "x", "", 1000.0, null, SalaryPeriod.WEEK, "", "", JAN1, null)
                .monthlySalary());
        assertEquals(SalaryPeriod.YEAR, SalaryPeriod.parse("年薪").orElseThrow());
        assertEquals(SalaryPeriod.DAY, SalaryPeriod.parse("天").orElseThrow());
        assertEquals(SalaryPeriod.MONTH, SalaryPeriod.parse("").orElseThrow());
        assertTrue(SalaryPeriod.parse("季度").isEmpty());
    }

    @Test
    void growthComparesWithThePeriodOfTheSameLengthBefore() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(row("P", "甲", 0, null, null, SalaryPeriod.MONTH, null)); // before both periods
        acc.add(row("P", "乙", 40, null, null, SalaryPeriod.MONTH, null)); // previous: days 40..49
        acc.add(row("P", "丙", 50, null, null, SalaryPeriod.MONTH, null)); // current: days 50..59
        acc.add(row("P", "丁", 55, null, null, SalaryPeriod.MONTH, null));
        acc.add(row("P", "戊", 59, null, null, SalaryPeriod.MONTH, null));
        PostingsResult r = acc.result(new PostingsOptions(30, JAN1.plusDays(50)));
        PostingsGroup g = r.groups().get(0);
        assertEquals(3, g.postings());
        assertEquals(1L, g.previousPostings());
        assertEquals(2.0, g.growth());
        assertEquals(1, r.summary().outsidePeriods());
        assertEquals(JAN1.plusDays(40), r.summary().previousFrom());
        assertNull(g.salaryMedian());
        assertTrue(r.indicatorIds().contains("postings_growth"));
        assertTrue(r.csv().startsWith("position_id,position_name,postings,employers"));
    }

    @Test
    void aSinceAfterTheLastDayIsRefusedInBothLanguages() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(row("P", "甲", 0, null, null, SalaryPeriod.MONTH, null));
        PostingsException e = assertThrows(PostingsException.class,
                () -> acc.result(new PostingsOptions(30, JAN1.plusDays(3))));
        assertTrue(e.describe(null).contains("晚于"), e.describe(null));
        assertTrue(e.describe(Locale.ENGLISH).contains("after the last posting day"), e.describe(Locale.ENGLISH));
    }

    @Test
    void theStateStopsAtItsLimitInsteadOfGrowing() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION, 2);
        acc.add(row("P", "甲", 0, null, null, SalaryPeriod.MONTH, null));
        acc.add(row("P", "乙", 0, null, null, SalaryPeriod.MONTH, null));
        acc.add(row("P", "乙", 0, 5.0, null, SalaryPeriod.MONTH, null)); // same entry: no growth
        PostingsException e = assertThrows(PostingsException.class,
                () -> acc.add(row("P", "丙", 0, null, null, SalaryPeriod.MONTH, null)));
        assertTrue(e.describe(Locale.ENGLISH).contains("more than 2 de-duplication entries"), e.describe(Locale.ENGLISH));
        assertEquals(2, acc.entries());
        PostingsAccumulator other = new PostingsAccumulator(Grouping.POSITION, 2);
        other.add(row("P", "丁", 0, null, null, SalaryPeriod.MONTH, null));
        assertThrows(PostingsException.class, () -> acc.merge(other));
    }

    @Test
    void uncodedTitlesAreCountedAndListedNotAggregated() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.OCCUPATION);
        acc.add(row("2-02-38-01", "甲", 0, null, null, SalaryPeriod.MONTH, null));
        acc.addUncoded("诚聘 店长");
        PostingsResult r = acc.result(PostingsOptions.defaults());
        assertEquals(2, r.summary().rows());
        assertEquals(1, r.summary().uncoded());
        assertEquals(java.util.List.of("诚聘 店长"), r.summary().uncodedTitles());
        assertTrue(r.warnings().get(0).text(Locale.ENGLISH).contains("诚聘 店长"));
        assertTrue(r.json(null).contains("\"occupations\""));
    }
}
