package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.talentcatalog.postings.PostingsException;

/** Salaries read by the whole-number fast path equal the exact decimal reading, and bad numbers are refused. */
class SalaryParsingProperties {

    private static final String[] UNITS = {"", "k", "千", "万", "元", " 万"};

    @Property(tries = 500)
    void salariesReadAsExactDecimals(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder digits = new StringBuilder();
        int length = 1 + r.nextInt(r.nextBoolean() ? 8 : 21);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + r.nextInt(10)));
        }
        if (r.nextInt(3) == 0) {
            digits.insert(1 + r.nextInt(digits.length()), '.');
        }
        String unit = UNITS[r.nextInt(UNITS.length)];
        String cell = digits + unit;
        BigDecimal factor = BigDecimal.valueOf(unit.strip().equals("万") ? 10_000 : unit.equals("k") || unit.equals("千") ? 1000 : 1);
        String text = digits.toString();
        boolean number = text.matches("\\d+(\\.\\d+)?") && text.length() <= 20;
        double expected = number ? new BigDecimal(text).multiply(factor).doubleValue() : Double.NaN;
        PostingFields.Cells cells = cells(cell);
        if (number && expected < 1e12) {
            assertEquals(expected, PostingFields.posting(cells).salaryMin(), cell);
        } else {
            assertThrows(PostingsException.class, () -> PostingFields.posting(cells), cell);
        }
    }

    private static PostingFields.Cells cells(String salary) {
        String[] values = {"", "会计", "甲公司", "上海", "", "", salary, "", "", "", "", "2024-01-02", ""};
        return new PostingFields.Cells() {
            @Override
            public String text(int field) {
                return values[field];
            }

            @Override
            public String where(int field) {
                return "t.csv:2:" + (field + 1);
            }
        };
    }
}
