package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default code lists of docs/format.md ("Open code lists") and their extension by users. */
class CodeListsTest {

    /** Shanghai's 16 districts by GB/T 2260 code, as docs/format.md lists them. */
    private static final Map<String, String> DISTRICTS = new LinkedHashMap<>();

    static {
        String[] pairs = {"310101", "黄浦区", "310104", "徐汇区", "310105", "长宁区", "310106", "静安区", "310107", "普陀区",
            "310109", "虹口区", "310110", "杨浦区", "310112", "闵行区", "310113", "宝山区", "310114", "嘉定区",
            "310115", "浦东新区", "310116", "金山区", "310117", "松江区", "310118", "青浦区", "310120", "奉贤区",
            "310151", "崇明区"};
        for (int i = 0; i < pairs.length; i += 2) {
            DISTRICTS.put(pairs[i], pairs[i + 1]);
        }
    }

    @Test
    void allSixteenShanghaiDistrictsArePresentWithTheirGbt2260CodesAndChineseNames() {
        CodeLists lists = CodeLists.defaults();
        assertEquals(16, DISTRICTS.size());
        DISTRICTS.forEach((code, name) -> {
            CodeEntry e = lists.region(code).orElseThrow(() -> new AssertionError("missing " + code));
            assertEquals(name, e.zh(), code);
            assertEquals("DISTRICT", e.type(), code);
            assertFalse(e.en().isBlank(), code);
        });
        List<String> districtCodes = lists.regions().stream().filter(e -> "DISTRICT".equals(e.type())).map(CodeEntry::code).toList();
        assertEquals(List.copyOf(DISTRICTS.keySet()), districtCodes);
    }

    @Test
    void theMunicipalityItselfAndAbolishedDistrictsAreNotRegions() {
        CodeLists lists = CodeLists.defaults();
        assertFalse(lists.isKnownRegion("310000"));
        assertFalse(lists.isKnownRegion("310108")); // 闸北区, merged into 静安区 in 2015
        assertFalse(lists.isKnownRegion("310230")); // 崇明县 before 2016
    }

    @Test
    void theKeyAreasNewCitiesAndTransformationAreasArePresent() {
        CodeLists lists = CodeLists.defaults();
        for (String code : List.of("LINGANG", "ZHANGJIANG", "HONGQIAO", "NEW_CITY_JIADING", "NEW_CITY_QINGPU",
                "NEW_CITY_SONGJIANG", "NEW_CITY_FENGXIAN", "NEW_CITY_NANHUI", "NORTH_TRANSFORMATION", "SOUTH_TRANSFORMATION")) {
            assertTrue(lists.isKnownRegion(code), code);
        }
        assertEquals("临港新片区", lists.region("LINGANG").orElseThrow().zh());
        assertEquals(26, lists.regions().size());
    }

    @Test
    void exactlyTheFifteenDefaultIndustriesAreShippedWithChineseAndEnglishNames() {
        List<String> expected = List.of("INTEGRATED_CIRCUIT", "BIOMEDICINE", "ARTIFICIAL_INTELLIGENCE", "FINANCE", "SHIPPING",
                "ELECTRONIC_INFORMATION", "AUTOMOTIVE", "HIGH_END_EQUIPMENT", "ADVANCED_MATERIALS", "LIFE_HEALTH",
                "FASHION_CONSUMER_GOODS", "DIGITAL_ECONOMY", "GREEN_LOW_CARBON", "TRADE", "SCIENCE_TECHNOLOGY_SERVICES");
        CodeLists lists = CodeLists.defaults();
        assertEquals(expected, lists.industries().stream().map(CodeEntry::code).toList());
        assertEquals("集成电路", lists.industry("INTEGRATED_CIRCUIT").orElseThrow().zh());
        assertEquals("生物医药", lists.industry("BIOMEDICINE").orElseThrow().zh());
        lists.industries().forEach(e -> {
            assertTrue(e.code().matches("^[A-Z][A-Z0-9_]{1,63}$"), e.code());
            assertTrue(e.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), e.code());
            assertFalse(e.en().equals(e.zh()), e.code());
        });
    }

    @Test
    void codesAreLookedUpExactly() {
        assertTrue(CodeLists.defaults().isKnownIndustry("FINANCE"));
        assertFalse(CodeLists.defaults().isKnownIndustry("finance"));
        assertTrue(CodeLists.defaults().industry("LOW_ALTITUDE_ECONOMY").isEmpty());
    }

    @Test
    void registeringCodesReturnsAnExtendedCopyAndLeavesTheDefaultsUnchanged() {
        CodeLists defaults = CodeLists.defaults();
        CodeLists mine = defaults
                .withIndustry(new CodeEntry("LOW_ALTITUDE_ECONOMY", "低空经济", "Low-altitude economy", null))
                .withRegion(new CodeEntry("QIANTAN", "前滩国际商务区", null, "KEY_AREA"));

        assertTrue(mine.isKnownIndustry("LOW_ALTITUDE_ECONOMY"));
        assertEquals("前滩国际商务区", mine.region("QIANTAN").orElseThrow().en()); // no English name: the Chinese one
        assertEquals(16, mine.industries().size());
        assertEquals(27, mine.regions().size());
        assertTrue(mine.isKnownRegion("310101"));

        assertFalse(defaults.isKnownIndustry("LOW_ALTITUDE_ECONOMY"));
        assertFalse(defaults.isKnownRegion("QIANTAN"));
        assertEquals(15, CodeLists.defaults().industries().size());
        assertEquals(26, CodeLists.defaults().regions().size());
        assertSame(defaults, CodeLists.defaults());
    }

    @Test
    void registeringAnExistingCodeReplacesItsEntry() {
        CodeLists renamed = CodeLists.defaults().withIndustry(new CodeEntry("FINANCE", "现代金融", "Modern finance", null));
        assertEquals("现代金融", renamed.industry("FINANCE").orElseThrow().zh());
        assertEquals(15, renamed.industries().size());
        assertEquals("金融", CodeLists.defaults().industry("FINANCE").orElseThrow().zh());
    }

    @Test
    void loadAndMergeAddAUsersOwnListWhoseEntriesWin() {
        String json = """
                {"industries": [{"code": "LOW_ALTITUDE_ECONOMY", "zh": "低空经济", "en": "Low-altitude economy"},
                                {"code": "FINANCE", "zh": "金融业"}],
                 "regions": [{"code": "330100", "zh": "杭州市", "type": "CITY"}]}
                """;
        CodeLists own = CodeLists.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, own.industries().size());
        CodeLists merged = CodeLists.defaults().merge(own);
        assertEquals(16, merged.industries().size());
        assertEquals(27, merged.regions().size());
        assertEquals("金融业", merged.industry("FINANCE").orElseThrow().zh());
        assertEquals("CITY", merged.region("330100").orElseThrow().type());
        assertEquals("金融", CodeLists.defaults().industry("FINANCE").orElseThrow().zh());
        assertFalse(CodeLists.defaults().isKnownRegion("330100"));
    }

    @Test
    void loadRejectsDocumentsNotInTheResourceFormat() {
        for (String bad : List.of("[]", "{\"industries\": {}}", "{\"regions\": [{\"code\": \"X1\"}]}", "{\"industries\": [{\"zh\": \"无代码\"}]}")) {
            assertThrows(IllegalArgumentException.class,
                    () -> CodeLists.load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))), bad);
        }
    }

    @Test
    void anEmptyListKnowsNoCodesAndACodeEntryNeedsACodeAndAChineseName() {
        assertTrue(CodeLists.empty().industries().isEmpty());
        assertFalse(CodeLists.empty().isKnownRegion("310101"));
        assertThrows(IllegalArgumentException.class, () -> new CodeEntry(" ", "名", null, null));
        assertThrows(IllegalArgumentException.class, () -> new CodeEntry("CODE", "", null, null));
    }
}
