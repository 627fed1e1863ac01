package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tens of thousands of de-duplication entries (several of the state's pages, its index grown many
 * times), each added twice, in one accumulator and in two merged: counted exactly, found again.
 */
class ManyEntriesTest {

    private static final LocalDate DAY0 = LocalDate.of(2023, 1, 1);
    private static final int COMPANIES = 211;
    private static final int DAYS = 190;

    private static CodedPosting posting(int company, int day, double salary) {
        return new CodedPosting("G" + company % 3, "组" + company % 3, new Posting("", "工程师", "公司" + company, "上海", "",
                salary, null, SalaryPeriod.MONTH, "本科", "", DAY0.plusDays(day), null));
    }

    @Test
    void everyEntryIsKeptOnceAndFoundAgain() throws Exception {
        PostingsAccumulator one = new PostingsAccumulator(Grouping.POSITION);
        PostingsAccumulator left = new PostingsAccumulator(Grouping.POSITION);
        PostingsAccumulator right = new PostingsAccumulator(Grouping.POSITION);
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < COMPANIES; c++) {
                for (int d = 0; d < DAYS; d++) {
                    CodedPosting p = posting(c, d, 1000.0 * (1 + (c + d) % 7) + pass);
                    one.add(p);
                    (((c + d + pass) & 1) == 0 ? left : right).add(p);
                }
            }
        }
        assertEquals(COMPANIES * DAYS, one.entries());
        assertEquals(2L * COMPANIES * DAYS, one.rows());
        PostingsAccumulator merged = MergeProperties.roundTrip(left).merge(right);
        assertEquals(COMPANIES * DAYS, merged.entries());
        PostingsResult r = one.result(new PostingsOptions(1, null));
        assertEquals(r, merged.result(new PostingsOptions(1, null)));
        long postings = 0;
        long duplicates = 0;
        for (PostingsGroup g : r.groups()) {
            postings += g.postings();
            duplicates += g.mergedDuplicates();
            assertEquals(g.postings(), g.withSalary());
        }
        assertEquals(COMPANIES * DAYS, postings);
        assertEquals(COMPANIES * DAYS, duplicates);
        // a window of 10 days: 19 runs per company
        PostingsResult tens = one.result(new PostingsOptions(10, null));
        assertEquals(COMPANIES * (DAYS / 10), tens.summary().postings());
        assertEquals(2L * COMPANIES * DAYS - COMPANIES * (DAYS / 10), tens.summary().mergedDuplicates());
    }
}
