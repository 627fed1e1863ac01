package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.Rules;
import org.talentcatalog.schema.ValidationReport;

class R19NameSuggestsCodeTest {

    private static final Path EXAMPLE = Path.of("../examples/data/catalogs/sh-ic-2024.json");

    /** The example with its first position renamed and recoded. */
    private static ValidationReport validate(String name, String code) throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(EXAMPLE.toFile());
        ObjectNode first = (ObjectNode) root.withArray("positions").get(0);
        ((ObjectNode) first.get("name")).put("zh", name);
        first.put("occupationCode", code);
        return CatalogValidator.standard().validateText(root.toString());
    }

    @Test
    void theValidatorFindsR19ThroughTheServiceLoader() {
        assertTrue(Rules.standard().ids().contains("R19"), Rules.standard().ids().toString());
    }

    @Test
    void aNameCodedHighToAnotherMiddleGroupIsWarnedWithTheCodeItSuggests() throws IOException {
        List<Issue> r19 = validate("软件开发工程师", "2-06-03-00").issues("R19");
        assertEquals(1, r19.size());
        Issue i = r19.get(0);
        assertEquals("/positions/0/occupationCode", i.pointer());
        assertEquals("岗位名称“软件开发工程师”按名称归入 2-02-10-03 计算机软件工程技术人员，与职业代码 2-06-03-00 不在同一中类",
                i.message(Locale.CHINESE));
        assertEquals("the position name \"软件开发工程师\" codes to 2-02-10-03 计算机软件工程技术人员, outside the 中类 of its"
                + " occupation code 2-06-03-00", i.message(Locale.ENGLISH));
    }

    @Test
    void theSameMiddleGroupALessThanHighNameOrAnUnknownCodeRaiseNothing() throws IOException {
        assertEquals(List.of(), validate("软件开发工程师", "2-02-10-01").issues("R19"));
        assertEquals(List.of(), validate("集成电路设计工程师", "4-04-05-03").issues("R19"));
        assertEquals(List.of(), validate("软件开发工程师", "2-06-99-99").issues("R19"));
    }

    @Test
    void theShippedExampleRaisesNone() {
        assertEquals(List.of(), CatalogValidator.standard().validate(EXAMPLE).issues("R19"));
    }
}
