package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The 参考薪酬 cell: a plain salary range written in either language reads back as the same object,
 * with its numbers as the JSON reader makes them; anything else is kept as JSON; and the wordings
 * people write read as the range they mean.
 */
class SalariesProperties {

    private static final JsonTexts JSON = new JsonTexts();

    /** Amounts around the edges of int and long, small ones and decimals, as text. */
    @Provide
    Arbitrary<String> amounts() {
        Arbitrary<String> integers = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 1_000_000).map(String::valueOf),
                Arbitraries.of("2147483647", "2147483648", "4294967295", "4294967296", "9223372036854775807",
                        "9223372036854775808", "18446744073709551616", "0"),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(80)).map(BigInteger::toString));
        Arbitrary<String> decimals = Combinators.combine(Arbitraries.integers().between(0, 99999),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3))
                .as((whole, fraction) -> whole + "." + fraction);
        return Arbitraries.oneOf(integers, decimals);
    }

    /** Salary objects as the JSON reader reads them: a plain range, or one the wording cannot hold. */
    @Provide
    Arbitrary<JsonNode> salaries() {
        Arbitrary<String> currencies = Arbitraries.of("", "\"currency\":\"USD\",", "\"currency\":\"EUR\",", "\"currency\":\"CNY\",",
                "\"currency\":\"usd\",", "\"currency\":\"EURO\",", "\"currency\":7,", "\"note\":\"x\",");
        Arbitrary<String> periods = Arbitraries.of("\"YEAR\"", "\"MONTH\"", "\"WEEK\"", "null", "\"year\"");
        Arbitrary<String> signs = Arbitraries.of("", "", "", "-");
        return Combinators.combine(amounts(), amounts(), signs, signs, currencies, periods)
                .as((min, max, minSign, maxSign, currency, period) -> JSON.parseOrNull("{\"min\":" + minSign + min + ",\"max\":"
                        + maxSign + max + "," + currency + "\"period\":" + period + "}"));
    }

    @Property
    void everySalaryObjectReadsBackAsItWasWhicheverTheLanguage(@ForAll("salaries") JsonNode salary, @ForAll boolean english) {
        String cell = Salaries.format(salary, english, JSON);
        assertEquals(salary, Salaries.parse(cell, JSON), cell);
    }

    @Property
    void aPlainRangeIsWrittenInWordsAndAnyOtherObjectAsItsJson(@ForAll("salaries") JsonNode salary, @ForAll boolean english) {
        JsonNode currency = salary.get("currency");
        boolean plain = salary.get("min").decimalValue().signum() >= 0 && salary.get("max").decimalValue().signum() >= 0
                && salary.path("period").asText().matches("YEAR|MONTH") && !salary.has("note")
                && (currency == null || currency.isTextual() && currency.asText().matches("[A-Z]{3}"));
        String cell = Salaries.format(salary, english, JSON);
        assertEquals(!plain, cell.startsWith("{"), cell);
        if (plain) {
            boolean year = salary.get("period").asText().equals("YEAR");
            String period = english ? (year ? "/year" : "/month") : (year ? "/年" : "/月");
            String unit = currency != null ? " " + currency.asText() : english ? "" : "元";
            assertEquals(salary.get("min").asText() + "-" + salary.get("max").asText() + unit + period, cell);
        } else {
            assertEquals(JSON.write(salary), cell);
        }
    }

    @Example
    void eachWayOfBeingNoPlainRangeKeepsTheJson() {
        for (String json : new String[] {"{\"min\":-1,\"max\":2,\"period\":\"YEAR\"}", "{\"min\":1,\"max\":-2,\"period\":\"YEAR\"}",
            "{\"min\":1,\"max\":2,\"period\":\"WEEK\"}", "{\"min\":1,\"max\":2,\"currency\":\"usd\",\"period\":\"YEAR\"}",
            "{\"min\":1,\"max\":2,\"currency\":\"EURO\",\"period\":\"YEAR\"}", "{\"min\":1,\"max\":2,\"note\":\"x\",\"period\":\"YEAR\"}",
            "{\"min\":\"1\",\"max\":2,\"period\":\"YEAR\"}", "{\"min\":1,\"max\":\"2\",\"period\":\"YEAR\"}", "{\"min\":1,\"period\":\"YEAR\"}"}) {
            JsonNode salary = JSON.parseOrNull(json);
            for (boolean english : new boolean[] {false, true}) {
                assertEquals(json, Salaries.format(salary, english, JSON));
                assertEquals(salary, Salaries.parse(Salaries.format(salary, english, JSON), JSON));
            }
        }
        JsonNode plain = JSON.parseOrNull("{\"min\":0,\"max\":2.50,\"currency\":\"USD\",\"period\":\"MONTH\"}");
        assertEquals("0-2.50 USD/月", Salaries.format(plain, false, JSON));
        assertEquals("0-2.50 USD/month", Salaries.format(plain, true, JSON));
        JsonNode yuan = JSON.parseOrNull("{\"min\":300000,\"max\":500000,\"period\":\"YEAR\"}");
        assertEquals("300000-500000元/年", Salaries.format(yuan, false, JSON));
        assertEquals("300000-500000/year", Salaries.format(yuan, true, JSON));
    }

    @Example
    void numbersAreIntegersOfTheSmallestKindTheJsonReaderUsesOrExactDecimals() {
        assertTrue(Salaries.number(new BigDecimal("2147483647")).isInt());
        assertTrue(Salaries.number(new BigDecimal("2147483648")).isLong());
        assertTrue(Salaries.number(new BigDecimal("-2147483648")).isInt());
        assertTrue(Salaries.number(new BigDecimal("9223372036854775807")).isLong());
        assertTrue(Salaries.number(new BigDecimal("9223372036854775808")).isBigInteger());
        assertEquals("9223372036854775808", Salaries.number(new BigDecimal("9223372036854775808")).asText());
        assertEquals(new BigDecimal("1.50"), Salaries.number(new BigDecimal("1.50")).decimalValue());
        assertEquals(JSON.parseOrNull("1.50"), Salaries.number(new BigDecimal("1.50")));
    }

    @Example
    void thousandsAndTenThousandsApplyToBothEndsWhenWrittenOnce() {
        assertEquals("{\"min\":8000,\"max\":12000,\"period\":\"MONTH\"}", Salaries.parse("8k-12k/月", JSON).toString());
        assertEquals("{\"min\":8000,\"max\":12000,\"period\":\"MONTH\"}", Salaries.parse("8-12k/month", JSON).toString());
        assertEquals("{\"min\":8000,\"max\":12000,\"period\":\"MONTH\"}", Salaries.parse("8K-12/month", JSON).toString());
        assertEquals("{\"min\":150000,\"max\":250000,\"period\":\"YEAR\"}", Salaries.parse("15万~25万元/年", JSON).toString());
        assertEquals("{\"min\":15000,\"max\":15000,\"period\":\"MONTH\"}", Salaries.parse("15k/month", JSON).toString());
        assertEquals("{\"min\":120000,\"max\":120000,\"period\":\"YEAR\"}", Salaries.parse("12万元每年", JSON).toString());
    }

    @Example
    void theYuanAndRenminbiAreTheDefaultCurrencyOtherCodesAreKept() {
        assertFalse(Salaries.parse("8000-12000人民币/月", JSON).has("currency"));
        assertFalse(Salaries.parse("8000-12000 RMB/月", JSON).has("currency"));
        assertFalse(Salaries.parse("8000-12000元/月", JSON).has("currency"));
        assertEquals("HKD", Salaries.parse("8000-12000 hkd per month", JSON).get("currency").asText());
    }

    @Example
    void aPeriodInFrontAndOneBehindMustAgree() {
        assertEquals("MONTH", Salaries.parse("月薪8000-12000", JSON).get("period").asText());
        assertEquals("MONTH", Salaries.parse("月薪8000-12000元/月", JSON).get("period").asText());
        assertEquals("YEAR", Salaries.parse("年薪30-50万/年", JSON).get("period").asText());
        assertNull(Salaries.parse("年薪30-50万/月", JSON));
        assertNull(Salaries.parse("月薪8000/年", JSON));
        assertNull(Salaries.parse("8000-12000", JSON), "no period");
    }

    @Example
    void jsonInTheCellIsTakenWhenItIsAnObject() {
        assertEquals("{\"min\":1,\"max\":2,\"period\":\"WEEK\"}", Salaries.parse(" {\"min\":1,\"max\":2,\"period\":\"WEEK\"} ", JSON).toString());
        assertNull(Salaries.parse("{\"min\":1,", JSON));
        assertNull(Salaries.parse("面议", JSON), "negotiable is no salary");
        assertNull(Salaries.parse("很高", JSON));
    }
}
