package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;

/** The records' own checks, the monthly salary of each period, and the exception's two languages. */
class PostingRecordsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    private static Posting salary(@Nullable Double min, @Nullable Double max, SalaryPeriod period) {
        return new Posting("", "t", "c", "x", "", min, max, period, "", "", DAY, null);
    }

    @Test
    void aSalaryMustBeFromZeroToBelowATrillion() {
        assertEquals(0.0, salary(0.0, 0.0, SalaryPeriod.MONTH).monthlySalary());
        assertEquals(999_999_999_999.0, salary(null, 999_999_999_999.0, SalaryPeriod.MONTH).monthlySalary());
        for (double bad : new double[] {-0.01, 1e12, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> salary(bad, null, SalaryPeriod.MONTH), "min " + bad);
            assertThrows(IllegalArgumentException.class, () -> salary(null, bad, SalaryPeriod.MONTH), "max " + bad);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Posting("", "t", "c", "x", "", null, null, SalaryPeriod.MONTH, "", "", DAY, DAY.minusDays(1)));
        assertEquals("closed on 2024-05-05 before posted on 2024-05-06", e.getMessage());
        assertEquals(DAY, new Posting("", "t", "c", "x", "", null, null, SalaryPeriod.MONTH, "", "", DAY, DAY).closedOn());
    }

    @Test
    void theMonthlySalaryIsTheMidpointTimesThePeriodsFactorRoundedToCents() {
        assertNull(salary(null, null, SalaryPeriod.YEAR).monthlySalary());
        assertEquals(15000.0, salary(10000.0, 20000.0, SalaryPeriod.MONTH).monthlySalary());
        assertEquals(10000.0, salary(null, 120000.0, SalaryPeriod.YEAR).monthlySalary());
        assertEquals(8333.33, salary(100000.0, null, SalaryPeriod.YEAR).monthlySalary());
        assertEquals(8333.34, salary(100000.1, null, SalaryPeriod.YEAR).monthlySalary());
        assertEquals(2175.0, salary(100.0, null, SalaryPeriod.DAY).monthlySalary());
        assertEquals(174.0, salary(0.5, 1.5, SalaryPeriod.HOUR).monthlySalary());
        assertEquals(433.33, salary(100.0, null, SalaryPeriod.WEEK).monthlySalary());
        assertEquals(1.0 / 12, SalaryPeriod.YEAR.monthlyFactor());
        assertEquals(52.0 / 12, SalaryPeriod.WEEK.monthlyFactor());
    }

    @Test
    void eachPeriodHasItsChineseWord() {
        assertEquals("月年日时周", String.join("", java.util.Arrays.stream(SalaryPeriod.values()).map(SalaryPeriod::zh).toList()));
    }

    @Test
    void aCodedPostingNeedsAGroup() {
        Posting p = salary(null, null, SalaryPeriod.MONTH);
        assertThrows(IllegalArgumentException.class, () -> new CodedPosting(" ", "n", p));
        assertThrows(IllegalArgumentException.class, () -> new CodedPosting("", "n", p));
        assertEquals("G", new CodedPosting("G", "", p).group());
    }

    @Test
    void theWindowIsOneToThreeThousandSixHundredSixtyDays() {
        assertEquals(1, new PostingsOptions(1, null).windowDays());
        assertEquals(3660, new PostingsOptions(3660, null).windowDays());
        assertThrows(IllegalArgumentException.class, () -> new PostingsOptions(0, null));
        assertThrows(IllegalArgumentException.class, () -> new PostingsOptions(3661, null));
        assertEquals(new PostingsOptions(30, null), PostingsOptions.defaults());
    }

    @Test
    void anExceptionSpeaksChineseUnlessAskedForEnglishAndMovesToAPlace() {
        PostingsException e = new PostingsException("", LocalizedText.of("文件为空", "the file is empty"));
        assertEquals("文件为空", e.getMessage());
        assertEquals("文件为空", e.describe(null));
        assertEquals("文件为空", e.describe(Locale.FRENCH));
        assertEquals("文件为空", e.describe(Locale.CHINESE));
        assertEquals("the file is empty", e.describe(Locale.ENGLISH));
        assertEquals("the file is empty", e.describe(Locale.UK));
        PostingsException at = e.at("p.csv #3");
        assertEquals("p.csv #3", at.location());
        assertEquals("p.csv #3: 文件为空", at.getMessage());
        assertEquals("p.csv #3: the file is empty", at.describe(Locale.ENGLISH));
        PostingsException zhOnly = new PostingsException("x", LocalizedText.of("只有中文", null));
        assertEquals("x: 只有中文", zhOnly.describe(Locale.ENGLISH));
    }
}
