package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped 《职业分类大典（2022年版）》 list: spot checks, counts, hierarchy, search, padding, registration. */
class OccupationCodesTest {

    private static final OccupationCodes CODES = OccupationCodes.defaults();

    /** The data rows of the shipped resource, split by hand (independently of the loader). */
    static List<String[]> rawRows(String resource) throws IOException {
        try (InputStream in = OccupationCodes.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        }
    }

    private static List<String> codes(List<Occupation> list) {
        return list.stream().map(Occupation::code).toList();
    }

    @Test
    void spotChecksMatchThe2022Classification() {
        Occupation software = CODES.find("2-02-10-03").orElseThrow();
        assertEquals("计算机软件工程技术人员", software.name());
        assertEquals(OccupationLevel.OCCUPATION, software.level());
        assertEquals(OccupationMarks.DIGITAL, software.marks());
        assertTrue(software.digital() && !software.green());

        Occupation packer = CODES.find("6-31-05-00").orElseThrow();
        assertEquals("包装工", packer.name());
        assertEquals(OccupationLevel.OCCUPATION, packer.level(), "a -00 code can be an occupation itself");
        assertTrue(CODES.children("6-31-05-00").isEmpty());

        assertEquals(OccupationMarks.GREEN_AND_DIGITAL, CODES.find("2-02-38-11").orElseThrow().marks());
        assertEquals("数字技术工程技术人员", CODES.find("2-02-38-00").orElseThrow().name());
        assertEquals(OccupationLevel.MINOR_GROUP, CODES.find("2-02-38-00").orElseThrow().level());
    }

    @Test
    void countsPerLevelAndPerMarkEqualTheDataFile() throws IOException {
        List<String[]> rows = rawRows("occupations-2022.csv");
        Map<Integer, Long> expectedLevels = rows.stream()
                .collect(Collectors.groupingBy(r -> Integer.parseInt(r[2]), TreeMap::new, Collectors.counting()));
        Map<Integer, Long> levels = CODES.all().stream()
                .collect(Collectors.groupingBy(o -> o.level().number(), TreeMap::new, Collectors.counting()));
        assertEquals(expectedLevels, levels);
        assertEquals(rows.size(), CODES.size());

        Map<String, Long> expectedMarks = rows.stream()
                .collect(Collectors.groupingBy(r -> r.length > 3 ? r[3] : "", TreeMap::new, Collectors.counting()));
        Map<String, Long> marks = CODES.all().stream()
                .collect(Collectors.groupingBy(o -> o.marks().symbol(), TreeMap::new, Collectors.counting()));
        assertEquals(expectedMarks, marks);
    }

    @Test
    void everyRowOfTheDataFileIsFoundWithItsNameLevelAndMarks() throws IOException {
        for (String[] r : rawRows("occupations-2022.csv")) {
            Occupation o = CODES.find(r[0]).orElseThrow(() -> new AssertionError(r[0]));
            assertEquals(r[1], o.name(), r[0]);
            assertEquals(Integer.parseInt(r[2]), o.level().number(), r[0]);
            assertEquals(r.length > 3 ? r[3] : "", o.marks().symbol(), r[0]);
        }
    }

    @Test
    void shortCodesArePaddedWithZeroSegments() {
        assertEquals("2-01-06-00", OccupationCodes.normalize("2-01-06"));
        assertEquals("2-02-00-00", OccupationCodes.normalize("2-02"));
        assertEquals("2-00-00-00", OccupationCodes.normalize("2"));
        assertEquals("2-02-38-09", OccupationCodes.normalize("2-02-38-09"));
        assertEquals(CODES.find("2-01-06-00"), CODES.find("2-01-06"));
        assertTrue(CODES.find("2-01-06").isPresent());
        assertEquals("2-01-06-00", new Occupation("2-01-06", "化学研究人员类", OccupationLevel.MINOR_GROUP, null).code());
        assertThrows(IllegalArgumentException.class, () -> OccupationCodes.normalize("9-01"));
        assertThrows(IllegalArgumentException.class, () -> OccupationCodes.normalize("2-1-06"));
        assertTrue(CODES.find("2-1-06").isEmpty());
        assertTrue(CODES.find(null).isEmpty());
    }

    @Test
    void hierarchyWalksFromMajorGroupsToOccupations() {
        assertEquals(List.of("2-00-00-00", "2-02-00-00", "2-02-38-00"), codes(CODES.ancestors("2-02-38-09")));
        assertEquals("2-02-38-00", CODES.parent("2-02-38-09").orElseThrow().code());
        assertEquals("1-01-00-00", CODES.parent("1-01-00-01").orElseThrow().code(), "a 中类 without 小类 split");
        assertEquals("6-31-00-00", CODES.parent("6-31-05-00").orElseThrow().code());
        assertTrue(CODES.parent("2-00-00-00").isEmpty());
        List<String> children = codes(CODES.children("2-02-38"));
        assertEquals(13, children.size());
        assertEquals("2-02-38-01", children.get(0));
        assertEquals(8, CODES.roots().size());
        assertTrue(CODES.roots().stream().allMatch(o -> o.level() == OccupationLevel.MAJOR_GROUP));
        for (Occupation o : CODES.all()) {
            CODES.parent(o.code()).ifPresent(p -> assertTrue(p.level().compareTo(o.level()) < 0, o + " under " + p));
        }
        int reached = CODES.roots().size() + CODES.roots().stream().mapToInt(r -> CODES.descendants(r.code()).size()).sum();
        assertEquals(CODES.size(), reached, "every code is reached from a 大类");
    }

    @Test
    void nameSearchRanksExactThenPrefixThenContainsThenByLevelAndCode() {
        assertEquals(List.of("2-02-38-01", "4-04-05-05"), codes(CODES.search("人工智能")));
        assertEquals("2-02-38-09", CODES.search("集成电路").get(0).code());
        List<Occupation> found = CODES.search("包装工");
        assertEquals("6-31-05-00", found.get(0).code(), "the exact name first");
        List<Occupation> tech = CODES.search("数字技术");
        assertEquals("2-02-38-00", tech.get(0).code(), "a prefix match before names that only contain it");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).name().contains("包装工"));
        }
        assertTrue(CODES.search("  ").isEmpty());
        assertTrue(CODES.search("不存在的职业名称").isEmpty());
    }

    @Test
    void codeSearchGivesTheCodeAndEverythingUnderIt() {
        List<String> found = codes(CODES.search("2-02-38"));
        assertEquals(14, found.size());
        assertEquals("2-02-38-00", found.get(0));
        assertEquals(List.of("6-31-05-00"), codes(CODES.search("6-31-05-00")));
        assertTrue(CODES.search("4-04-05-13").isEmpty());
    }

    @Test
    void closestCodeIsTheNumericallyNearestOccupationOfTheSameMinorGroup() {
        assertEquals("4-04-05-08", CODES.closest("4-04-05-13").orElseThrow().code());
        assertEquals("2-02-38-13", CODES.closest("2-02-38-99").orElseThrow().code());
        assertEquals("1-01-00-02", CODES.closest("1-01-00-05").orElseThrow().code(), "小类 00 of a 中类 without split");
        assertEquals("6-31-05-00", CODES.closest("6-31-05-03").orElseThrow().code(), "the 小类 row when it is the occupation");
        assertEquals("2-02-38-09", CODES.closest("2-02-38-09").orElseThrow().code(), "an existing code is its own closest");
        assertEquals("2-02-99-00", CODES.closest("2-02-99-01").orElseThrow().code(), "a 小类 without 细类: its row");
        assertTrue(CODES.closest("2-02-39-01").isEmpty(), "no such 小类");
        assertEquals("2-02-00-00", CODES.parent("2-02-39-01").orElseThrow().code(), "the nearest broader code instead");
        assertTrue(CODES.closest("2-02-00-05").isEmpty());
    }

    @Test
    void tiesGoToTheLowerCode() {
        OccupationCodes codes = OccupationCodes.empty()
                .with(new Occupation("3-01-01", "示例小类", OccupationLevel.MINOR_GROUP, null))
                .with(Occupation.of("3-01-01-02", "甲")).with(Occupation.of("3-01-01-06", "乙"));
        assertEquals("3-01-01-02", codes.closest("3-01-01-04").orElseThrow().code());
    }

    @Test
    void usersRegisterNewerCodesWithoutChangingTheDefaults() {
        Occupation genAi = new Occupation("4-04-05-13", "生成式人工智能系统应用员", OccupationLevel.OCCUPATION, OccupationMarks.DIGITAL);
        OccupationCodes extended = CODES.with(genAi);
        assertEquals(genAi, extended.find("4-04-05-13").orElseThrow());
        assertEquals("4-04-05-13", extended.children("4-04-05").get(8).code());
        assertEquals(List.of("2-02-38-01", "4-04-05-05", "4-04-05-13"), codes(extended.search("人工智能")));
        assertFalse(CODES.contains("4-04-05-13"));
        assertEquals(CODES.size() + 1, extended.size());
        assertSame(CODES, OccupationCodes.defaults(), "loaded once");

        String csv = "code,name,level,marks\n4-04-05-13,生成式人工智能系统应用员,4,S\n\"4-04-05-14\",\"示例,带逗号\",4,\n";
        OccupationCodes merged = CODES.merge(OccupationCodes.load(stream(csv)));
        assertEquals(OccupationMarks.DIGITAL, merged.find("4-04-05-13").orElseThrow().marks());
        assertEquals("示例,带逗号", merged.find("4-04-05-14").orElseThrow().name());
    }

    @Test
    void loadingRejectsBadRowsNamingTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OccupationCodes.load(stream("code,name,level,marks\n2-02-38-01,甲,4,S\n2-02-38-02,乙,4,X\n")));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OccupationCodes.load(stream("code,name,level\n2-02-38-00,甲,2\n")), "a 小类 code cannot be level 2");
        assertThrows(IllegalArgumentException.class,
                () -> OccupationCodes.load(stream("code,name,level\n2-02-38-01,甲,4\n2-02-38-01,甲,4\n")), "twice");
        assertThrows(IllegalArgumentException.class, () -> OccupationCodes.load(stream("编码,名称\n")));
    }

    @Test
    void aCsvProblemInAListIsNamedByLineAndColumn() {
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class,
                () -> OccupationCodes.load(stream("code,name,level\n2-02-38-01,\"甲,4\n2-02-38-02,乙,4\n")));
        assertEquals("line 2, column 12: quoted cell is not closed", quote.getMessage());
        // 50 MB without a line end: stopped at the cell limit, not read into one line
        byte[] huge = new byte[50 << 20];
        java.util.Arrays.fill(huge, (byte) 'x');
        IllegalArgumentException cell = assertThrows(IllegalArgumentException.class,
                () -> OccupationCodes.load(new java.io.ByteArrayInputStream(huge)));
        assertEquals("line 1, column 1: the cell is longer than 32767 characters", cell.getMessage());
        IllegalArgumentException industry = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.load(stream("code,name,level\nC,制造业,1\nC39,\"电子,2\n")));
        assertEquals("line 3, column 5: quoted cell is not closed", industry.getMessage());
    }

    @Test
    void marksOfAPositionAreAtHandForRenderersAndStatistics() {
        Position p = Position.builder("IC-001").name("集成电路设计工程师", null).industry("INTEGRATED_CIRCUIT")
                .occupationCode("2-02-38-09").category(JobCategory.APPLIED_TECHNOLOGY)
                .requirements(Requirements.of(Education.MASTER)).build();
        assertTrue(CODES.marks(p).digital());
        assertEquals("集成电路工程技术人员", CODES.occupation(p).orElseThrow().name());
        Function<String, OccupationMarks> marksOf = code -> CODES.marks(p.toBuilder().occupationCode(code).build());
        assertEquals(OccupationMarks.NONE, marksOf.apply(null));
        assertEquals(OccupationMarks.NONE, marksOf.apply("4-04-05-13"));
        assertTrue(marksOf.apply("2-02-38-11").green());
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
