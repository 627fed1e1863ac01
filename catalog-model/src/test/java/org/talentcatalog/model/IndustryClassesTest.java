package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.OccupationCodesTest.rawRows;
import static org.talentcatalog.model.OccupationCodesTest.stream;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped GB/T 4754-2017 list: spot checks, counts, 门类 letters, hierarchy, search, closest, registration. */
class IndustryClassesTest {

    private static final IndustryClasses CLASSES = IndustryClasses.defaults();

    private static List<String> codes(List<IndustryClass> list) {
        return list.stream().map(IndustryClass::catalogCode).toList();
    }

    @Test
    void integratedCircuitManufacturingIsFoundWithAndWithoutItsSectionLetter() {
        IndustryClass ic = CLASSES.find("3973").orElseThrow();
        assertEquals("集成电路制造", ic.name());
        assertEquals(IndustryLevel.CLASS, ic.level());
        assertEquals("C", ic.section());
        assertEquals("C3973", ic.catalogCode());
        assertEquals(ic, CLASSES.find("C3973").orElseThrow());
        assertTrue(CLASSES.find("I3973").isEmpty(), "the letter must be the 门类 of the 大类");
        assertEquals("集成电路设计", CLASSES.find("I6520").orElseThrow().name());
        assertEquals("制造业", CLASSES.find("C").orElseThrow().name());
        assertEquals(CLASSES.find("39"), CLASSES.find("C39"));
    }

    @Test
    void countsPerLevelEqualTheDataFile() throws IOException {
        List<String[]> rows = rawRows("industries-gbt4754-2017.csv");
        Map<Integer, Long> expected = rows.stream()
                .collect(Collectors.groupingBy(r -> Integer.parseInt(r[2]), TreeMap::new, Collectors.counting()));
        Map<Integer, Long> actual = CLASSES.all().stream()
                .collect(Collectors.groupingBy(c -> c.level().number(), TreeMap::new, Collectors.counting()));
        assertEquals(expected, actual);
        assertEquals(rows.size(), CLASSES.size());
    }

    @Test
    void sectionLettersFollowTheFileOrderAndMatchTheStandardsDivisionRanges() throws IOException {
        // The 门类 of each row is the latest 门类 row above it in the file.
        String section = null;
        for (String[] r : rawRows("industries-gbt4754-2017.csv")) {
            if (r[0].matches("[A-Z]")) {
                section = r[0];
            }
            IndustryClass c = CLASSES.find(r[0]).orElseThrow(() -> new AssertionError(r[0]));
            assertEquals(section, c.section(), r[0]);
            assertEquals(r[1], c.name(), r[0]);
        }
        // Spot checks against the 大类 ranges of GB/T 4754-2017 (catalog-model/README.md, "Provenance").
        Map<String, String> ranges = Map.of("01", "A", "05", "A", "06", "B", "13", "C", "43", "C", "44", "D",
                "63", "I", "65", "I", "73", "M", "97", "T");
        ranges.forEach((division, letter) -> assertEquals(letter, CLASSES.find(division).orElseThrow().section(), division));
        assertEquals(codes(List.copyOf(CLASSES.all())).stream().sorted().toList(), codes(List.copyOf(CLASSES.all())),
                "all() is in the standard's table order");
    }

    @Test
    void hierarchyWalksFromSectionsToClasses() {
        assertEquals(List.of("C", "C39", "C397"), codes(CLASSES.ancestors("3973")));
        assertEquals("C397", CLASSES.parent("C3973").orElseThrow().catalogCode());
        assertEquals("C", CLASSES.parent("39").orElseThrow().catalogCode());
        assertTrue(CLASSES.parent("C").isEmpty());
        assertEquals(List.of("C3971", "C3972", "C3973", "C3974", "C3975", "C3976", "C3979"), codes(CLASSES.children("397")));
        assertEquals(20, CLASSES.roots().size());
        int reached = CLASSES.roots().size() + CLASSES.roots().stream().mapToInt(r -> CLASSES.descendants(r.code()).size()).sum();
        assertEquals(CLASSES.size(), reached, "every class is reached from a 门类");
    }

    @Test
    void nameSearchRanksExactThenPrefixThenContainsThenByLevelAndCode() {
        assertEquals(List.of("C3973"), codes(CLASSES.search("集成电路制造")));
        List<String> software = codes(CLASSES.search("软件"));
        assertEquals(List.of("I65", "I651"), software.subList(0, 2), "prefix matches first, broader first");
        assertEquals("I", software.get(2), "then names that contain the fragment, broader first");
        assertEquals(List.of("I652", "I6520"), codes(CLASSES.search("集成电路设计")), "two exact names: by level");
    }

    @Test
    void codeSearchGivesTheClassAndEverythingUnderIt() {
        assertEquals(List.of("C397", "C3971", "C3972", "C3973", "C3974", "C3975", "C3976", "C3979"),
                codes(CLASSES.search("C397")));
        assertEquals(List.of("C3973"), codes(CLASSES.search("3973")));
        assertTrue(CLASSES.search("I3973").isEmpty());
    }

    @Test
    void closestClassIsTheNearestExistingSiblingBelowTheLongestExistingPrefix() {
        assertEquals("C3976", CLASSES.closest("C3977").orElseThrow().catalogCode());
        assertEquals("C3979", CLASSES.closest("C3978").orElseThrow().catalogCode());
        assertEquals("C3973", CLASSES.closest("I3973").orElseThrow().catalogCode(), "the right letter for known digits");
        assertEquals("D451", CLASSES.closest("D4500").orElseThrow().catalogCode(), "only the 大类 exists");
        assertEquals("C43", CLASSES.closest("C98").orElseThrow().catalogCode(), "nearest 大类 of the 门类");
        assertEquals("C13", CLASSES.closest("C00").orElseThrow().catalogCode());
        assertEquals("C", CLASSES.closest("C").orElseThrow().catalogCode());
        assertTrue(CLASSES.closest("3-9").isEmpty());
    }

    @Test
    void usersRegisterNewClassesWithOrWithoutTheLetter() {
        IndustryClasses extended = CLASSES.with("3977", "示例新增小类");
        assertEquals("C", extended.find("C3977").orElseThrow().section());
        assertEquals(IndustryLevel.CLASS, extended.find("3977").orElseThrow().level());
        assertFalse(CLASSES.contains("3977"), "the defaults are unchanged");
        assertThrows(IllegalArgumentException.class, () -> CLASSES.with("I3977", "错误门类"), "39 is in C");
        assertThrows(IllegalArgumentException.class, () -> IndustryClasses.empty().with("3977", "门类未知"));

        String csv = "code,name,level\nC3978,示例甲,4\nZ,示例门类,1\n99,示例大类,2\n991,示例中类,3\n";
        IndustryClasses merged = CLASSES.merge(IndustryClasses.load(stream(csv)));
        assertEquals("示例甲", merged.find("3978").orElseThrow().name());
        assertEquals("Z", merged.find("991").orElseThrow().section());
        assertEquals(List.of("Z", "Z99"), codes(merged.ancestors("Z991")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.load(stream("code,name,level\n3978,无门类,4\n")));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }

    @Test
    void defaultsAreLoadedOnceAndSharedAcrossThreads() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Object>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> List.of(IndustryClasses.defaults(), OccupationCodes.defaults(),
                        IndustryClasses.defaults().find("3973").orElseThrow())));
            }
            for (var f : futures) {
                List<Object> got = f.get();
                assertTrue(got.get(0) == IndustryClasses.defaults() && got.get(1) == OccupationCodes.defaults());
                assertEquals("集成电路制造", ((IndustryClass) got.get(2)).name());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void classOfAPositionIsAtHand() {
        Position p = Position.builder("IC-001").name("集成电路制造工程师", null).industry("INTEGRATED_CIRCUIT")
                .industryClass("C3973").category(JobCategory.APPLIED_TECHNOLOGY)
                .requirements(Requirements.of(Education.MASTER)).build();
        assertEquals("集成电路制造", CLASSES.industryClass(p).orElseThrow().name());
        assertTrue(CLASSES.industryClass(p.toBuilder().industryClass(null).build()).isEmpty());
    }
}
