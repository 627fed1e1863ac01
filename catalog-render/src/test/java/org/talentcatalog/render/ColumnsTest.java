package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Terminal display widths: Chinese characters take two columns, so tables line up. */
class ColumnsTest {

    @Test
    void wideCharactersAreTwoColumnsAndAmbiguousOnesOne() {
        assertEquals(8, Columns.width("工艺整合"));
        assertEquals(8, Columns.width("FPGA工程"));
        assertEquals(4, Columns.width("ab★c"), "ambiguous-width star counts as narrow");
        assertEquals(4, Columns.width("（，）".substring(0, 2)), "full-width punctuation");
        assertEquals(2, Columns.width("𠀀"), "a CJK Extension B ideograph is one code point, two columns");
        assertEquals(1, Columns.width("䷀"), "Yijing hexagram symbols are narrow");
    }

    @Test
    void paddingUsesDisplayWidthAndNeverTruncates() {
        assertEquals("工艺  |", Columns.padRight("工艺", 6) + "|");
        assertEquals("  IC", Columns.padLeft("IC", 4));
        assertEquals("超过宽度", Columns.padRight("超过宽度", 3));
        assertEquals("超过宽度", Columns.padLeft("超过宽度", 3));
    }
}
