package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks and derived values of the small records: an industry class and a field change. */
class RecordChecksTest {

    private static String refusal(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    @Test
    void anIndustryClassFitsItsCodeSectionNameAndLevelTogether() {
        IndustryClass ic = new IndustryClass("3973", "C", " 集成电路制造 ", IndustryLevel.CLASS);
        assertEquals("集成电路制造", ic.name());
        assertEquals(IndustryLevel.GROUP, IndustryClass.of("397", "C", "电子器件制造").level());
        assertEquals(IndustryLevel.SECTION, IndustryClass.of("C", "C", "制造业").level());
        assertEquals("an industry class code is a letter or 2 to 4 digits, not 39731",
                refusal(() -> IndustryClass.of("39731", "C", "过长")));
        assertEquals("an industry class code is a letter or 2 to 4 digits, not null",
                refusal(() -> new IndustryClass(null, "C", "无编码", IndustryLevel.CLASS)));
        assertEquals("industry class 3973 needs its 门类 letter, not c", refusal(() -> IndustryClass.of("3973", "c", "小写")));
        assertEquals("industry class 3973 needs its 门类 letter, not null", refusal(() -> IndustryClass.of("3973", null, "无")));
        assertEquals("industry class 3973 needs a name", refusal(() -> IndustryClass.of("3973", "C", " ")));
        assertEquals("industry class 3973 needs a name", refusal(() -> IndustryClass.of("3973", "C", null)));
        assertEquals("industry class 3973 is a class (小类), not GROUP",
                refusal(() -> new IndustryClass("3973", "C", "错层", IndustryLevel.GROUP)));
        assertEquals("industry class 39 is a division (大类), not null",
                refusal(() -> new IndustryClass("39", "C", "无层", null)));
        assertEquals("门类 C is its own section, not I", refusal(() -> IndustryClass.of("C", "I", "制造业")));
    }

    @Test
    void aFieldChangeIsAddedRemovedOrReplacedAndItsInverseSwapsTheValues() {
        FieldChange added = new FieldChange("/x-a~1b~0c", null, IntNode.valueOf(1));
        FieldChange removed = new FieldChange("/name/en", IntNode.valueOf(1), null);
        FieldChange replaced = new FieldChange("/shortage/level", IntNode.valueOf(1), IntNode.valueOf(2));
        assertEquals(FieldChange.Kind.ADDED, added.kind());
        assertEquals(FieldChange.Kind.REMOVED, removed.kind());
        assertEquals(FieldChange.Kind.REPLACED, replaced.kind());
        assertEquals(FieldChange.Kind.REMOVED, added.inverse().kind());
        assertEquals(new FieldChange("/shortage/level", IntNode.valueOf(2), IntNode.valueOf(1)), replaced.inverse());
        assertNull(added.oldValue());
        assertNull(removed.newValue());
        assertEquals("x-a/b~c", added.member());
        assertEquals("level", replaced.member());
        assertEquals("a change needs an old or a new value: /id", refusal(() -> new FieldChange("/id", null, null)));
    }

    @Test
    void aFieldChangesValuesAreCopiesBothWays() {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("zh", "甲");
        FieldChange change = new FieldChange("/name", value, value);
        value.put("zh", "乙");
        assertEquals("甲", change.oldValue().get("zh").asText());
        ((ObjectNode) change.newValue()).put("zh", "丙");
        assertEquals("甲", change.newValue().get("zh").asText());
        ((ObjectNode) change.oldValue()).put("zh", "丁");
        assertEquals("甲", change.oldValue().get("zh").asText());
    }
}
