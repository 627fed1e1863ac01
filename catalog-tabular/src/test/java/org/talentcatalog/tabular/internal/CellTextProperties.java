package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Cell names and the cell text transformations a table's round trip relies on: each is undone exactly,
 * for any text, and what XLSX gets is text XML can hold.
 */
class CellTextProperties {

    /** Characters that matter to the transformations: formula starters, escapes, controls, surrogates, the XML edge. */
    @Provide
    Arbitrary<String> cells() {
        Arbitrary<Character> edgy = Arbitraries.of('=', '+', '-', '@', '\t', '\r', '\n', '\'', '_', 'x', '0', '5', 'F', 'D', 'a',
                '\u0000', '\u0001', '\u001F', '\u0020', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFD',
                '\uFFFE', '\uFFFF', '集');
        Arbitrary<String> pieces = Arbitraries.oneOf(edgy.map(String::valueOf),
                Arbitraries.of("_x0041_", "_x005F_", "_x005F_x0041_", "_xD800_", "_x00", "_x12G4_", "'=", "''", "😀"));
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property
    void neutralisingIsUndoneExactly(@ForAll("cells") String text) {
        assertEquals(text, CellText.restore(CellText.neutralise(text)));
    }

    @Property
    void aNeutralisedCellNeverStartsAFormula(@ForAll("cells") String text) {
        String cell = CellText.neutralise(text);
        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
        assertEquals(text.isEmpty() || "=+-@\t\r'".indexOf(text.charAt(0)) < 0 ? text : "'" + text, cell);
    }

    @Property
    void xmlEscapesAreUndoneExactly(@ForAll("cells") String text) {
        assertEquals(text, CellText.unescapeXml(CellText.escapeXml(text)));
    }

    @Property
    void escapedTextHoldsOnlyWhatXmlCanAndNoCarriageReturn(@ForAll("cells") String text) {
        String escaped = CellText.escapeXml(text);
        for (int i = 0; i < escaped.length(); ) {
            int cp = escaped.codePointAt(i);
            boolean legal = cp == 0x9 || cp == 0xA || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
            assertTrue(legal, () -> "U+" + Integer.toHexString(cp) + " in " + escaped);
            i += Character.charCount(cp);
        }
    }

    @Example
    void aLiteralEscapeStartBeforeAnEscapedCharacterIsProtected() {
        // the escape of the character after _xHHHH begins with the _ that would close _xHHHH_
        for (String text : new String[] {"_x0055\uDC00", "_x00aF\u001Fx", "a_x0000\uFFFEF", "_x0041\r"}) {
            assertEquals(text, CellText.unescapeXml(CellText.escapeXml(text)), text);
        }
        assertEquals("_x005F_x0055_xDC00_", CellText.escapeXml("_x0055\uDC00"));
        assertEquals("_x0055x", CellText.escapeXml("_x0055x"), "no escape follows: nothing to protect");
    }

    @Example
    void escapesAsExcelWritesThem() {
        assertEquals("a_x000D_b_x0001__xD800__x005F_x0041_", CellText.escapeXml("a\rb\u0001\uD800_x0041_"));
        assertEquals("集😀\t\n", CellText.escapeXml("集😀\t\n"));
        assertEquals("_x0041", CellText.unescapeXml("_x0041"), "no closing underscore: no escape");
        assertEquals("_y0041_", CellText.unescapeXml("_y0041_"));
        assertEquals("_x00G1_", CellText.unescapeXml("_x00G1_"));
        assertEquals("A_", CellText.unescapeXml("_x0041__"));
        assertEquals("'abc", CellText.restore("'abc"), "an apostrophe before ordinary text is the text's own");
        assertEquals("'", CellText.restore("'"));
        assertEquals("'", CellText.restore("''"));
        assertEquals("=A1", CellText.restore("'=A1"));
    }

    @Property
    void columnLettersAndIndexesAreInverse(@ForAll @IntRange(min = 0, max = 16_383) int index) {
        String letters = CellNames.column(index);
        assertEquals(index, CellNames.columnIndex(letters));
        assertTrue(letters.chars().allMatch(c -> c >= 'A' && c <= 'Z'), letters);
        assertEquals(index < 26 ? 1 : index < 702 ? 2 : 3, letters.length());
    }

    @Example
    void cellAndRowNames() {
        assertEquals("A", CellNames.column(0));
        assertEquals("Z", CellNames.column(25));
        assertEquals("AA", CellNames.column(26));
        assertEquals("AZ", CellNames.column(51));
        assertEquals("BA", CellNames.column(52));
        assertEquals("XFD", CellNames.column(16_383));
        assertEquals("岗位!E12", CellNames.cell("岗位", 4, 12));
        assertEquals("E12", CellNames.cell(null, 4, 12));
        assertEquals("岗位!12:12", CellNames.row("岗位", 12));
        assertEquals("3:3", CellNames.row(null, 3));
    }
}
