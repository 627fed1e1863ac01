package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Cutting cells into items, for lists of any length numbered in any of the styles catalogs use, and
 * the edges: numbers that are no item numbers, text that ends in the middle of a number, pieces made of
 * punctuation only, and the longest name of a list.
 */
class TextItemsProperties {

    /** Items as catalogs write them: no separators, no digits, no 、. */
    @Provide
    Arbitrary<List<String>> items() {
        return Arbitraries.strings().withChars("电子机械材料化学物理软件熟悉掌握UVMxyz").ofMinLength(1).ofMaxLength(8).list().ofMinSize(2).ofMaxSize(14);
    }

    @Provide
    Arbitrary<String> styles() {
        return Arbitraries.of("N.", "N、", "N．", "N)", "N）", "（N）", "(N)", "circled", "N. ", "N、　", "（N）  ");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("\n", "\r\n", "\r", "；", ";", " ", "　", "；\n");
    }

    /** The items numbered 1, 2, 3 … in a style, one after the other with a separator between. */
    static String numbered(List<String> items, String style, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String number = style.equals("circled") ? String.valueOf((char) ('①' + i)) : style.replace("N", Integer.toString(i + 1));
            sb.append(i == 0 ? "" : separator).append(number).append(items.get(i));
        }
        return sb.toString();
    }

    @Property
    void numberedItemsInAnyStyleAndSeparationAreReadBackAsWritten(@ForAll("items") List<String> items, @ForAll("styles") String style,
            @ForAll("separators") String separator) {
        String cell = numbered(items, style, separator);
        assertEquals(items, TextItems.listItems(cell), cell);
        assertEquals(items, TextItems.clauses(cell), cell);
    }

    @Example
    void twentyCircledItemsAndTwelveNumberedOnes() {
        List<String> twenty = List.of("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉");
        assertEquals(twenty, TextItems.listItems(numbered(twenty, "circled", "")));
        assertEquals(twenty.subList(0, 12), TextItems.listItems(numbered(twenty.subList(0, 12), "N、", " ")));
        assertEquals(twenty.subList(0, 12), TextItems.listItems(numbered(twenty.subList(0, 12), "N.", "；")));
    }

    @Example
    void anItemNumberAfterASeparatorThatIsNoSpaceStillCuts() {
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("1.熟悉UVM；2.了解功耗分析"));
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("1.熟悉UVM;2.了解功耗分析"));
    }

    @Example
    void anItemNumberAfterACommaOrColonCutsAClause() {
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.clauses("1.熟悉UVM，2.了解功耗分析"));
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.clauses("1.熟悉UVM,2.了解功耗分析"));
        assertEquals(List.of("要求", "熟悉UVM", "了解功耗分析"), TextItems.clauses("要求：1.熟悉UVM；2.了解功耗分析"));
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("1.熟悉UVM；\u00A02.了解功耗分析"), "after a no-break space");
    }

    @Example
    void aNumberThatIsNotTheNextItemOrNotAtABoundaryStaysText() {
        assertEquals(List.of("型号A1、B2"), TextItems.clauses("型号A1、B2"), "1 inside a word");
        assertEquals(List.of("参见（2）"), TextItems.listItems("参见（2）"), "2 where item 1 is due");
        assertEquals(List.of("2、熟悉 1、掌握"), TextItems.listItems("2、熟悉 1、掌握"), "numbers out of order");
    }

    @Example
    void itemOneAloneIsAnItemOnlyInAClauseAndNotBeforeADigit() {
        assertEquals(List.of("1、熟悉UVM"), TextItems.listItems("1、熟悉UVM"), "a list cell starting with 1、 and no item 2");
        assertEquals(List.of("熟悉UVM"), TextItems.clauses("1、熟悉UVM"));
        assertEquals(List.of("1.5年以上工作经验"), TextItems.clauses("1.5年以上工作经验"), "one and a half years");
        assertEquals(List.of("5年以上工作经验", "本科"), TextItems.clauses("1.5年以上工作经验 2.本科"), "item 1, then item 2");
    }

    @Example
    void aVersionNumberInsideALaterItemIsNoItemNumber() {
        assertEquals(List.of("熟悉UVM", "掌握ISO2.0协议"), TextItems.listItems("1.熟悉UVM；掌握ISO2.0协议"));
        assertEquals(List.of("熟悉UVM", "掌握HTTP2.0"), TextItems.clauses("1.熟悉UVM；掌握HTTP2.0"));
        assertEquals(List.of("1、熟悉UVM 12、了解"), TextItems.listItems("1、熟悉UVM 12、了解"), "12、 is no item 2");
    }

    @Example
    void aFullStopCutsClausesButNotListItems() {
        assertEquals(List.of("本科", "三年经验"), TextItems.clauses("本科。三年经验"));
        assertEquals(List.of("本科。三年经验"), TextItems.listItems("本科。三年经验"));
        assertEquals(List.of("物理", "化学"), TextItems.listItems("物理\r化学"));
    }

    @Example
    void textThatStopsInsideANumberIsKeptAsItIs() {
        assertEquals(List.of("见附件 1"), TextItems.listItems("见附件 1"));
        assertEquals(List.of("见附件 1."), TextItems.listItems("见附件 1."));
        assertEquals(List.of("见附件"), TextItems.clauses("见附件 1."), "a clause's item 1 needs no item 2");
        assertEquals(List.of("版本（1"), TextItems.listItems("版本（1"));
        assertEquals(List.of("1.熟悉UVM 2"), TextItems.listItems("1.熟悉UVM 2"));
    }

    @Example
    void piecesOfPunctuationOnlyAreDropped() {
        assertEquals(List.of(), TextItems.clauses("，。"));
        assertEquals(List.of(), TextItems.clauses("，"));
        assertEquals(List.of("本科"), TextItems.clauses("本科，；：；"));
        assertEquals(List.of(), TextItems.listItems(" ；\n"));
    }

    @Example
    void aNameOfSixteenCharactersIsStillANameSeventeenAreNot() {
        String sixteen = "材料科学与工程（高分子材料方向）";
        assertEquals(16, sixteen.codePointCount(0, sixteen.length()));
        assertEquals(List.of(sixteen, "化学"), TextItems.names(sixteen + "、化学"));
        assertNull(TextItems.names("材料科学与工程（高分子材料学方向）、化学"));
        String astral = "𠀀".repeat(16);
        assertEquals(List.of(astral, "化学"), TextItems.names(astral + "、化学"), "counted in characters, not UTF-16 units");
        for (char p : "，,：:；;。、".toCharArray()) {
            assertFalse(TextItems.isName("物理" + p + "化学"), "a name holds no " + p);
            assertFalse(TextItems.isName(p + "化学"), "a name starts with no " + p);
        }
        assertTrue(TextItems.isName("物理化学"));
        assertFalse(TextItems.isName("熟悉化学"), "a verb makes a sentence");
        assertNull(TextItems.names("、化学"), "an empty name");
        assertNull(TextItems.names("化学、"), "an empty name");
    }
}
