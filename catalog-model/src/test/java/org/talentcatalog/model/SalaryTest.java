package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Documents.minimalWith;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** docs/format.md: {@code currency} defaults to CNY when absent and is written back only if it was given. */
class SalaryTest {

    private static Catalog withSalary(String salaryJson) {
        return CatalogJson.readString(minimalWith("\"policies\":", "\"demand\": {\"headcount\": 20, \"salary\": " + salaryJson + "},\n     \"policies\":"));
    }

    @Test
    void anAbsentCurrencyIsReadAsAbsentMeansCnyAndIsWrittenBackAbsent() {
        Catalog c = withSalary("{\"min\": 300000, \"max\": 600000, \"period\": \"YEAR\"}");
        Salary s = c.positions().get(0).demand().salary();
        assertNull(s.currency());
        assertEquals("CNY", s.effectiveCurrency());
        assertFalse(CatalogJson.write(c).contains("currency"));
    }

    @Test
    void aGivenCurrencyIsKeptAndWrittenBackEvenWhenItIsTheDefault() {
        for (String currency : new String[] {"CNY", "USD"}) {
            Catalog c = withSalary("{\"min\": 30000, \"max\": 60000, \"currency\": \"" + currency + "\", \"period\": \"MONTH\"}");
            Salary s = c.positions().get(0).demand().salary();
            assertEquals(currency, s.currency());
            assertEquals(currency, s.effectiveCurrency());
            assertTrue(CatalogJson.write(c).contains("\"currency\": \"" + currency + "\""), currency);
        }
    }

    @Test
    void amountsKeepTheirDigitsAndSalaryOfIsInCny() {
        Catalog c = withSalary("{\"min\": 8000.50, \"max\": 1.2E+4, \"period\": \"MONTH\"}");
        Salary s = c.positions().get(0).demand().salary();
        assertEquals(new BigDecimal("8000.50"), s.min());
        assertEquals(new BigDecimal("1.2E+4"), s.max());
        String json = CatalogJson.write(c);
        assertTrue(json.contains("\"min\": 8000.50,") && json.contains("\"max\": 1.2E+4,"), json);
        Salary of = Salary.of(10_000, 20_000, SalaryPeriod.MONTH);
        assertNull(of.currency());
        assertEquals(Salary.DEFAULT_CURRENCY, of.effectiveCurrency());
    }
}
