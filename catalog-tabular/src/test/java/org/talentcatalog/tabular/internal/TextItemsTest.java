package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting cells into items: item numbers, separators, and 、 only between the names of a list. */
class TextItemsTest {

    @Test
    void commaListOfShortNamesIsSplitButASentenceIsNot() {
        assertEquals(List.of("汽车", "机械", "电气"), TextItems.listItems("汽车、机械、电气"));
        assertEquals(List.of("熟练掌握CANoe、CAD、CATIA"), TextItems.listItems("熟练掌握CANoe、CAD、CATIA"));
        assertEquals(List.of("熟悉Verilog、VHDL", "沟通"), TextItems.listItems("熟悉Verilog、VHDL；沟通"));
        assertEquals(List.of("微电子", "物理", "材料", "化学"), TextItems.listItems("微电子；物理; 材料、化学；"));
    }

    @Test
    void numberedItemsAndLineBreaksCutAList() {
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("1.熟悉UVM\n2.了解功耗分析"));
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("（1）熟悉UVM（2）了解功耗分析"));
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("①熟悉UVM ②了解功耗分析"));
        assertEquals(List.of("熟悉UVM", "了解功耗分析"), TextItems.listItems("1、熟悉UVM 2、了解功耗分析"));
    }

    @Test
    void onlyTheNextNumberCutsSoOtherNumbersStayText() {
        assertEquals(List.of("ISO 9001", "GB/T 2260"), TextItems.listItems("ISO 9001；GB/T 2260"));
        assertEquals(List.of("熟悉5G协议", "了解3.5GHz频段"), TextItems.listItems("1.熟悉5G协议 2.了解3.5GHz频段"));
        assertEquals(List.of("3.熟悉协议"), TextItems.listItems("3.熟悉协议"));
    }

    @Test
    void clausesEndAtFullStopsAndLoseTrailingPunctuation() {
        assertEquals(List.of("本科", "三年经验"), TextItems.clauses("本科。三年经验，"));
    }

    @Test
    void namesAreShortAndHaveNoVerbs() {
        assertEquals(List.of("计算机", "软件工程"), TextItems.names("计算机、软件工程"));
        assertNull(TextItems.names("具备沟通、协调能力"));
        assertNull(TextItems.names("汽车"), "a single name is no list");
        assertNull(TextItems.names("电子科学与技术及其相关的工程类学科方向、机械"), "items longer than a name");
    }
}
