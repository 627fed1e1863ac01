package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A user's code list file: its header, blank lines and cells as the loaders of both lists read them. */
class CodeListFileTest {

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedNamingIt() {
        for (String text : new String[] {"", "\n\n", "code,name\nC,制造业\n", "code,名称,level\nC,制造业,1\n", "name,code,level\n"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndustryClasses.load(stream(text)), text);
            assertEquals("a code list file starts with the header code,name,level", e.getMessage());
        }
        assertEquals("a code list file starts with the header code,name,level",
                assertThrows(IllegalArgumentException.class, () -> OccupationCodes.load(stream("code,name\n"))).getMessage(),
                "an occupation list may leave out its marks column, not more");
    }

    @Test
    void theHeaderMayHaveBlanksAroundItsNamesAndMoreColumns() {
        IndustryClasses classes = IndustryClasses.load(stream(" code , name ,level,note\nC,制造业,1,x\n"));
        assertEquals("制造业", classes.find("C").orElseThrow().name());
        OccupationCodes codes = OccupationCodes.load(stream("code,name,level\n2-02-38-01,集成电路工程技术人员,4\n"));
        assertEquals("集成电路工程技术人员", codes.find("2-02-38-01").orElseThrow().name());
    }

    @Test
    void blankLinesAreSkippedAndRowsKeepTheirLineNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.load(stream("code,name,level\n\n   \nC,制造业,1\n\n39,电子,2\nC39,电子设备,2\n")));
        assertEquals("line 7: code 39 appears twice", e.getMessage());
        IndustryClasses classes = IndustryClasses.load(stream("code,name,level\r\n \t \r\nC, 制造业 ,1\r\n"));
        assertEquals("制造业", classes.find("C").orElseThrow().name(), "cells are trimmed");
    }

    @Test
    void strayQuotesAreReadAsSpreadsheetsReadThem() {
        IndustryClasses classes = IndustryClasses.load(stream("code,name,level\nC,5\"制造业,1\n"));
        assertEquals("5\"制造业", classes.find("C").orElseThrow().name());
    }
}
