package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.OccupationCodesTest.stream;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference lists at their edges: absent and blank queries, codes that exist and have children,
 * lists without the level a look-up falls back to, and the messages of a user's malformed list.
 */
class CodeListEdgesTest {

    private static final IndustryClasses CLASSES = IndustryClasses.defaults();
    private static final OccupationCodes CODES = OccupationCodes.defaults();

    private static Optional<String> industryCode(Optional<IndustryClass> c) {
        return c.map(IndustryClass::catalogCode);
    }

    private static Optional<String> occupationCode(Optional<Occupation> o) {
        return o.map(Occupation::code);
    }

    @Test
    void absentBlankAndMalformedQueriesFindNothingInEitherList() {
        for (String query : new String[] {null, "", "   "}) {
            assertEquals(List.of(), CLASSES.search(query), "[" + query + "]");
            assertEquals(List.of(), CODES.search(query), "[" + query + "]");
        }
        assertEquals(Optional.empty(), CLASSES.industryClass(null));
        assertEquals(Optional.empty(), CODES.occupation(null));
        assertEquals(OccupationMarks.NONE, CODES.marks(null));
        assertEquals(Optional.empty(), CODES.closest("2-2"));
        assertEquals(Optional.empty(), CODES.closest(null));
        assertEquals(Optional.empty(), CLASSES.closest(""));
    }

    @Test
    void knownCodesAreContainedInEitherForm() {
        assertTrue(CLASSES.contains("C3973"));
        assertTrue(CLASSES.contains("3973"));
        assertFalse(CLASSES.contains("C3977"));
        assertTrue(CODES.contains("2-02-38-09"));
        assertTrue(CODES.contains("2-02-38"));
        assertFalse(CODES.contains("2-02-38-99"));
    }

    @Test
    void anExistingCodeIsItsOwnClosestEvenWhenItHasNarrowerCodes() {
        assertEquals(Optional.of("C397"), industryCode(CLASSES.closest("C397")));
        assertEquals(Optional.of("C39"), industryCode(CLASSES.closest("39")));
        assertEquals(Optional.of("2-02-38-00"), occupationCode(CODES.closest("2-02-38")));
        assertEquals(Optional.of("2-02-00-00"), occupationCode(CODES.closest("2-02")));
    }

    @Test
    void closestIndustryFallsBackToThePrefixThenToAnyDivision() {
        IndustryClasses own = IndustryClasses.empty().with("A", "农业").with("A01", "种植业").with("C", "制造业")
                .with("C39", "电子设备制造业");
        assertEquals(Optional.of("C39"), industryCode(own.closest("C3973")), "a division without groups is its own closest");
        assertEquals(Optional.of("A01"), industryCode(own.closest("B0799")), "门类 B has no division: the nearest of any");
        assertEquals(Optional.of("C39"), industryCode(own.closest("C45")), "the nearest division of the code's own 门类");
    }

    @Test
    void aMinorGroupRowIsNotTakenForAnOccupationWhenItsOccupationsExist() {
        OccupationCodes codes = OccupationCodes.empty()
                .with(new Occupation("3-01-01", "示例小类", OccupationLevel.MINOR_GROUP, null))
                .with(Occupation.of("3-01-01-02", "甲")).with(Occupation.of("3-01-01-06", "乙"));
        assertEquals(Optional.of("3-01-01-02"), occupationCode(codes.closest("3-01-01-01")));
    }

    @Test
    void narrowerLevelsComeAfterBroaderOnesOfTheSameRankWhateverTheirCodes() {
        OccupationCodes codes = OccupationCodes.empty()
                .with(Occupation.of("1-01-01-01", "甲乙丙"))
                .with(new Occupation("2-01-01", "丁乙戊", OccupationLevel.MINOR_GROUP, null));
        assertEquals(List.of("2-01-01-00", "1-01-01-01"), codes.search("乙").stream().map(Occupation::code).toList());
    }

    @Test
    void aSectionIsRegisteredByItsLetterAlone() {
        IndustryClasses extended = CLASSES.with("U", "示例门类");
        IndustryClass u = extended.find("U").orElseThrow();
        assertEquals(IndustryLevel.SECTION, u.level());
        assertEquals("U", u.section());
        assertEquals(CLASSES.roots().size() + 1, extended.roots().size());
    }

    @Test
    void malformedCodesOfAUsersIndustryListAreNamedInTheMessage() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> CLASSES.with("", "无编码"));
        assertEquals("an industry class code looks like C3973, 3973 or C, not ", empty.getMessage());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> CLASSES.with(null, "无编码"));
        assertEquals("an industry class code looks like C3973, 3973 or C, not null", absent.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> CLASSES.with("C39731", "过长"));
        assertEquals("an industry class code looks like C3973, 3973 or C, not C39731", tooLong.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.empty().with("3977", "门类未知"));
        assertEquals("the 门类 of 3977 is unknown: write its letter before it", unknown.getMessage());
    }

    @Test
    void aUsersIndustryListIsRefusedAtTheLineOfItsFirstBadRow() {
        IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.load(stream("code,name,level\n3978,无门类,4\n")));
        assertEquals("line 2: the 门类 of 3978 is unknown: put its 门类 row above it or write its letter before it",
                orphan.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.load(stream("code,name,level\nC,制造业,1\n39,电子,2\nC39,电子设备,2\n")));
        assertEquals("line 4: code 39 appears twice", twice.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> IndustryClasses.load(stream("code,name,level\nC,制造业,1\n\"\",无编码,2\n")));
        assertEquals("line 3: an industry class code looks like C3973, 3973 or C, not ", blank.getMessage());
    }

    @Test
    void aUsersCodeListKeepsEnglishNamesAndTypesGivenAsStrings() {
        String json = "{\"regions\": [{\"code\": \"QIANTAN\", \"zh\": \"前滩\", \"en\": \"Qiantan\", \"type\": \"KEY_AREA\"},"
                + " {\"code\": \"X1\", \"zh\": \"甲\", \"en\": 1, \"type\": 2}]}";
        CodeLists lists = CodeLists.load(stream(json));
        CodeEntry qiantan = lists.region("QIANTAN").orElseThrow();
        assertEquals("Qiantan", qiantan.en());
        assertEquals("KEY_AREA", qiantan.type());
        CodeEntry other = lists.region("X1").orElseThrow();
        assertEquals("甲", other.en(), "a number is no English name: the Chinese one stands in");
        assertEquals(null, other.type());
    }
}
