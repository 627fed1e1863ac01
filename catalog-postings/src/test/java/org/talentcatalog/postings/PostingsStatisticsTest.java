package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The statistics of a result worked by hand: quartiles (type 7, rounded to 0.01), days open, mixes,
 * the periods, the summary and the warnings.
 */
class PostingsStatisticsTest {

    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 1);

    private static CodedPosting posting(String group, String company, int day, @Nullable Double salary,
            @Nullable Integer open, String education, String experience) {
        LocalDate posted = DAY0.plusDays(day);
        return new CodedPosting(group, "岗位" + group, new Posting("", "工程师", company, "浦东新区", "", salary, null,
                SalaryPeriod.MONTH, education, experience, posted, open == null ? null : posted.plusDays(open)));
    }

    private static PostingsGroup only(PostingsAccumulator acc, PostingsOptions options) {
        List<PostingsGroup> groups = acc.result(options).groups();
        assertEquals(1, groups.size());
        return groups.get(0);
    }

    @Test
    void quartilesInterpolateBetweenTheSalariesAroundThem() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        double[] salaries = {40000, 10000, 30000, 20000};
        for (int i = 0; i < salaries.length; i++) {
            acc.add(posting("P", "公司" + i, i, salaries[i], null, "", ""));
        }
        PostingsGroup g = only(acc, PostingsOptions.defaults());
        assertEquals(17500.0, g.salaryQ1()); // position 0.75 between 10,000 and 20,000
        assertEquals(25000.0, g.salaryMedian()); // position 1.5
        assertEquals(32500.0, g.salaryQ3()); // position 2.25
        assertEquals(4, g.withSalary());
    }

    @Test
    void quartilesOnASalaryAreThatSalaryAndInterpolatedOnesAreRoundedToCents() {
        PostingsAccumulator one = new PostingsAccumulator(Grouping.POSITION);
        one.add(posting("P", "甲", 0, 8888.88, null, "", ""));
        PostingsGroup g = only(one, PostingsOptions.defaults());
        assertEquals(List.of(8888.88, 8888.88, 8888.88), List.of(g.salaryQ1(), g.salaryMedian(), g.salaryQ3()));

        PostingsAccumulator two = new PostingsAccumulator(Grouping.POSITION);
        two.add(posting("P", "甲", 0, 100.0, null, "", ""));
        two.add(posting("P", "乙", 0, 100.01, null, "", ""));
        PostingsGroup h = only(two, PostingsOptions.defaults());
        assertEquals(100.0, h.salaryQ1()); // 100.0025
        assertEquals(100.01, h.salaryMedian()); // 100.005, half up
        assertEquals(100.01, h.salaryQ3()); // 100.0075

        PostingsAccumulator three = new PostingsAccumulator(Grouping.POSITION);
        for (double s : new double[] {3000.03, 1000.01, 2000.02}) {
            three.add(posting("P", "公司" + s, 0, s, null, "", ""));
        }
        PostingsGroup k = only(three, PostingsOptions.defaults());
        assertEquals(1500.02, k.salaryQ1()); // 1500.015
        assertEquals(2000.02, k.salaryMedian()); // the middle salary, not rounded again
        assertEquals(2500.03, k.salaryQ3()); // 2500.025
    }

    @Test
    void postingsWithoutSalaryOrClosingAreLeftOutOfThoseStatisticsOnly() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(posting("P", "甲", 0, null, 3, "本科", "3-5年"));
        acc.add(posting("P", "乙", 0, 12000.0, null, "硕士", "3-5年"));
        acc.add(posting("P", "丙", 0, null, 9, "本科", "1年以下"));
        acc.add(posting("P", "丁", 0, null, 0, "", "不限"));
        PostingsGroup g = only(acc, PostingsOptions.defaults());
        assertEquals(4, g.postings());
        assertEquals(4, g.employers());
        assertEquals(1, g.withSalary());
        assertEquals(12000.0, g.salaryMedian());
        assertEquals(3, g.withClosing());
        assertEquals(3.0, g.daysOpenMedian()); // 0, 3, 9
        assertEquals(Map.of("bachelor", 0.5, "master", 0.25, "unstated", 0.25), g.education());
        assertEquals(List.of("bachelor", "master", "unstated"), List.copyOf(g.education().keySet()));
        assertEquals(List.of("any", "under_1", "3_5"), List.copyOf(g.experience().keySet()));
        assertEquals(0.5, g.experience().get("3_5"));
        assertNull(g.previousPostings());
        assertNull(g.growth());
    }

    @Test
    void aRunTakesTheEntriesWithinTheWindowOfItsFirstDayAndItsLatestClosing() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(posting("P", "甲", 0, 9000.0, 5, "", ""));
        acc.add(posting("P", "甲", 0, null, 20, "", "")); // same day: one entry of two postings
        acc.add(posting("P", "甲", 9, 7000.0, 2, "", "")); // within ten days of day 0
        acc.add(posting("P", "甲", 10, 5000.0, null, "", "")); // ten days after day 0: a new run
        acc.add(posting("P", "甲", 19, null, 1, "", "")); // within ten days of day 10, not of day 9's
        acc.add(posting("P", "乙", 9, 6000.0, null, "", ""));
        PostingsResult r = acc.result(new PostingsOptions(10, null));
        PostingsGroup g = r.groups().get(0);
        assertEquals(6, g.rows());
        assertEquals(3, g.postings());
        assertEquals(3, g.mergedDuplicates());
        assertEquals(2, g.employers());
        assertEquals(6000.0, g.salaryMedian()); // 9,000 (day 0's salaried posting), 5,000 and 6,000
        assertEquals(2, g.withClosing()); // runs of 甲 from day 0 (closing day 20) and day 10 (day 20)
        assertEquals(15.0, g.daysOpenMedian()); // 20 and 10 days
        assertEquals(3, r.summary().mergedDuplicates());
        assertEquals(3, r.summary().postings());
        assertEquals(DAY0, r.summary().firstDay());
        assertEquals(DAY0.plusDays(19), r.summary().lastDay());
        assertEquals(10, r.summary().windowDays());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void theRepresentativeOfAnEntryIsOneWithASalaryWhateverTheOrder() {
        for (boolean salaryFirst : new boolean[] {true, false}) {
            PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
            CodedPosting with = posting("P", "甲", 0, 15000.0, null, "硕士", "");
            CodedPosting without = posting("P", "甲", 0, null, null, "本科", "");
            acc.add(salaryFirst ? with : without).add(salaryFirst ? without : with);
            PostingsGroup g = only(acc, PostingsOptions.defaults());
            assertEquals(15000.0, g.salaryMedian());
            assertEquals(Map.of("master", 1.0), g.education());
            assertEquals(1, acc.entries());
            assertEquals(2, acc.rows());
        }
    }

    @Test
    void thePeriodsSplitPostingsByTheirFirstDay() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.OCCUPATION);
        acc.add(posting("A", "甲", 0, null, null, "", "")); // before both periods
        acc.add(posting("A", "乙", 10, null, null, "", "")); // previous: days 10..19
        acc.add(posting("A", "丙", 19, null, null, "", ""));
        acc.add(posting("A", "戊", 15, null, null, "", ""));
        acc.add(posting("A", "丁", 20, null, null, "", "")); // current: days 20..29
        acc.add(posting("B", "甲", 29, null, null, "", ""));
        acc.add(posting("A", "乙", 9, null, null, "", "")); // a run from day 9: before the periods, with day 10
        PostingsResult r = acc.result(new PostingsOptions(2, DAY0.plusDays(20)));
        PostingsGroup a = r.groups().get(0);
        assertEquals("A", a.id());
        assertEquals(1, a.postings());
        assertEquals(2L, a.previousPostings());
        assertEquals(-0.5, a.growth());
        PostingsGroup b = r.groups().get(1);
        assertEquals(0L, b.previousPostings());
        assertNull(b.growth());
        assertEquals(2, r.summary().outsidePeriods());
        assertEquals(2, r.summary().postings());
        assertEquals(DAY0.plusDays(10), r.summary().previousFrom());
        assertEquals(DAY0.plusDays(19), r.summary().previousTo());
        assertEquals(DAY0.plusDays(20), r.summary().since());
        assertEquals(List.of(), r.warnings());
        assertTrue(r.json(null).contains("\"occupations\""));
    }

    @Test
    void anEmptyPreviousPeriodIsAWarningAndASinceOnTheLastDayIsAccepted() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        acc.add(posting("P", "甲", 5, null, null, "", ""));
        PostingsResult r = acc.result(new PostingsOptions(30, DAY0.plusDays(5)));
        assertEquals(1, r.summary().postings());
        assertEquals(DAY0.plusDays(4), r.summary().previousFrom());
        assertEquals(DAY0.plusDays(4), r.summary().previousTo());
        assertEquals(1, r.warnings().size());
        assertEquals("NO_PREVIOUS_POSTINGS", r.warnings().get(0).code());
        assertEquals("the comparison period (2024-03-05 to 2024-03-05) has no posting: growth cannot be computed",
                r.warnings().get(0).text(Locale.ENGLISH));
        PostingsException e = assertThrows(PostingsException.class, () -> acc.result(new PostingsOptions(30, DAY0.plusDays(6))));
        assertEquals("--since", e.location());
        assertEquals("--since: --since 2024-03-07 is after the last posting day 2024-03-06: the current period has no"
                + " posting", e.describe(Locale.ENGLISH));
    }

    @Test
    void nothingAddedGivesAnEmptyResultEvenWithAPeriod() {
        PostingsResult r = new PostingsAccumulator(Grouping.POSITION).result(new PostingsOptions(30, DAY0));
        assertEquals(List.of(), r.groups());
        assertNull(r.summary().firstDay());
        assertNull(r.summary().lastDay());
        assertNull(r.summary().previousFrom());
        assertNull(r.summary().previousTo());
        assertEquals(List.of(), r.warnings());
        assertEquals("position_id,position_name,postings,employers,posted_salary_q1,posted_salary_median,posted_salary_q3,"
                + "days_open_median,postings_growth\n", r.csv());
    }

    @Test
    void uncodedTitlesAreCountedAndTheFirstTwentyInTextOrderListed() {
        PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
        List<String> titles = new ArrayList<>();
        for (int i = 25; i >= 1; i--) {
            titles.add(String.format("职位%02d", i));
            acc.addUncoded(titles.get(titles.size() - 1));
        }
        acc.addUncoded("职位01");
        PostingsResult r = acc.result(PostingsOptions.defaults());
        assertEquals(26, r.summary().rows());
        assertEquals(0, r.summary().coded());
        assertEquals(26, r.summary().uncoded());
        List<String> kept = r.summary().uncodedTitles();
        assertEquals(PostingsAccumulator.UNCODED_TITLES_KEPT, kept.size());
        assertEquals("职位01", kept.get(0));
        assertEquals("职位20", kept.get(19));
        String warning = r.warnings().get(0).text(Locale.ENGLISH);
        assertEquals("UNCODED_TITLES", r.warnings().get(0).code());
        assertEquals("26 postings have titles matched with low confidence and are in no group: " + String.join("、", kept)
                + "…", warning);

        PostingsAccumulator few = new PostingsAccumulator(Grouping.POSITION);
        few.addUncoded("乙").addUncoded("甲");
        assertEquals("2 postings have titles matched with low confidence and are in no group: 乙、甲",
                few.result(PostingsOptions.defaults()).warnings().get(0).text(Locale.ENGLISH));
    }

    @Test
    void accumulatorsOfDifferentGroupingsOrNoRoomAreRefused() {
        PostingsAccumulator positions = new PostingsAccumulator(Grouping.POSITION);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> positions.merge(new PostingsAccumulator(Grouping.OCCUPATION)));
        assertEquals("cannot merge postings grouped by OCCUPATION into POSITION", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PostingsAccumulator(Grouping.POSITION, 0));
        assertEquals(1, new PostingsAccumulator(Grouping.POSITION, 1).maxEntries());
        assertEquals(PostingsAccumulator.DEFAULT_MAX_ENTRIES, positions.maxEntries());
        assertEquals(Grouping.POSITION, positions.grouping());
    }

    @Test
    void mergingUpToTheLimitIsAcceptedAndCountsEverything() {
        PostingsAccumulator a = new PostingsAccumulator(Grouping.POSITION, 2);
        a.add(posting("P", "甲", 0, null, null, "", ""));
        a.addUncoded("x");
        PostingsAccumulator b = new PostingsAccumulator(Grouping.POSITION, 2);
        b.add(posting("P", "乙", 0, null, null, "", ""));
        b.add(posting("P", "甲", 0, null, null, "", ""));
        b.addUncoded("y");
        a.merge(b);
        assertEquals(2, a.entries());
        assertEquals(5, a.rows());
        PostingsResult r = a.result(PostingsOptions.defaults());
        assertEquals(2, r.summary().uncoded());
        assertEquals(List.of("x", "y"), r.summary().uncodedTitles());
        assertEquals(1, r.groups().get(0).mergedDuplicates());
        assertEquals(3, b.rows(), "the other accumulator is not changed");
    }
}
