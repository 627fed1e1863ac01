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
        assertEquals(4, Columns.width("﹐﹖"), "small form variants (U+FE50–FE6B) are wide");
        assertEquals(2, Columns.width("︐"), "a presentation form for vertical text is wide");
    }

    /** The wide ranges of the class comment, by their first and last code points. */
    private static final int[][] WIDE = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
        {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6B}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
        {0x20000, 0x3FFFD}};

    @Test
    void eachWideRangeIsTwoColumnsFromItsFirstToItsLastCodePointAndItsNeighboursOne() {
        for (int[] range : WIDE) {
            for (int cp : new int[] {range[0], (range[0] + range[1]) / 2, range[1]}) {
                assertEquals(2, Columns.width(Character.toString(cp)), () -> "U+" + Integer.toHexString(cp));
            }
        }
        // just outside a range, where no other range begins: narrow characters (or unassigned ones)
        for (int cp : new int[] {0x10FF, 0x1160, 0x2E7F, 0x303F, 0x3040, 0x4DC0, 0x4DFF, 0xA4D0, 0xABFF, 0xD7A4, 0xF8FF,
            0xFB00, 0xFE0F, 0xFE1A, 0xFE2F, 0xFE6C, 0xFF61, 0xFFDF, 0xFFE7, 0x1F2FF, 0x1FFFF, 0x3FFFE}) {
            assertEquals(1, Columns.width(Character.toString(cp)), () -> "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void aSupplementaryCharacterCountsOnceWhateverItsWidth() {
        assertEquals(2 + 1 + 2 + 1, Columns.width("\uD840\uDC00a\uD83D\uDE00\uD834\uDD1E"), "wide, narrow, a wide emoticon, a narrow G clef");
        assertEquals("\uD83D\uDE00  |", Columns.padRight("\uD83D\uDE00", 4) + "|");
        assertEquals(" \uD83D\uDE00", Columns.padLeft("\uD83D\uDE00", 3));
    }

    @Test
    void paddingUsesDisplayWidthAndNeverTruncates() {
        assertEquals("工艺  |", Columns.padRight("工艺", 6) + "|");
        assertEquals("  IC", Columns.padLeft("IC", 4));
        assertEquals("超过宽度", Columns.padRight("超过宽度", 3));
        assertEquals("超过宽度", Columns.padLeft("超过宽度", 3));
    }
}
