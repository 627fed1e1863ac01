package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.schema.Fixtures.arr;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;
import static org.talentcatalog.schema.Fixtures.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.OccupationCodes;

/**
 * The rules about positions at their edges: positions that compare equal or not, the positions a
 * rule leaves alone, the document index each finding points at, and the values its message names.
 */
class PositionRuleEdgesTest {

    private static List<String> pointers(ObjectNode doc, String rule) {
        return validate(doc).issues(rule).stream().map(Issue::pointer).toList();
    }

    /** Appends a copy of the first position under another id. */
    private static ObjectNode copyOfFirst(ObjectNode doc, String id) {
        ObjectNode copy = obj(doc, "/positions/0").deepCopy();
        copy.put("id", id);
        arr(doc, "/positions").add(copy);
        return copy;
    }

    /** Two positions that share their name and both lack a member: the schema says so, no rule guesses. */
    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "industry"})
    void positionsLackingAMemberAreReportedByTheSchemaOnly(String member) {
        ObjectNode doc = tree();
        obj(doc, "/positions/1/name").put("zh", member.equals("id") ? "工艺整合工程师" : "集成电路设计工程师");
        obj(doc, "/positions/0").remove(member);
        obj(doc, "/positions/1").remove(member);
        ValidationReport report = validate(doc);
        assertEquals(List.of("schema:required /positions/0", "schema:required /positions/1"),
                report.issues().stream().map(i -> i.rule() + " " + i.pointer()).toList());
    }

    @Test
    void r12NamesAnEarlierPositionWithoutIdByItsPlace() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1/name").put("zh", "集成电路设计工程师");
        obj(doc, "/positions/0").remove("id");
        Issue issue = validate(doc).issues("R12").get(0);
        assertEquals("/positions/1/name", issue.pointer());
        assertEquals("industry INTEGRATED_CIRCUIT already has a position named \"集成电路设计工程师\" (/positions/0)",
                issue.message(Locale.ENGLISH));
    }

    @Test
    void r2ReportsEveryRepeatOfAnIdAtItsOwnIndex() {
        ObjectNode doc = tree();
        copyOfFirst(doc, "IC-002").putObject("name").put("zh", "封装测试工程师");
        copyOfFirst(doc, "IC-001").putObject("name").put("zh", "光刻工程师");
        Issue first = validate(doc).issues("R2").get(0);
        assertEquals(List.of("/positions/2/id", "/positions/3/id"), pointers(doc, "R2"));
        assertEquals("duplicate position id \"IC-002\"", first.message(Locale.ENGLISH));
    }

    @Test
    void r3ReportsEachPositionWithoutShortageAtItsIndexOnceApproved() {
        ObjectNode doc = tree();
        doc.put("status", "APPROVED");
        copyOfFirst(doc, "IC-003").remove("shortage");
        obj(doc, "/positions/0").remove("shortage");
        assertEquals(List.of("/positions/0", "/positions/2"), pointers(doc, "R3"));
    }

    @Test
    void r3NamesTheStatusThatNeedsPositions() {
        ObjectNode doc = tree();
        doc.put("status", "PUBLIC_CONSULTATION");
        obj(doc, "/edition").remove("publishedOn");
        doc.putArray("positions");
        Issue issue = validate(doc).issues("R3").get(0);
        assertEquals("/positions", issue.pointer());
        assertTrue(issue.message(Locale.ENGLISH).startsWith("a catalog in status PUBLIC_CONSULTATION needs"),
                issue.message(Locale.ENGLISH));
    }

    @Test
    void r6AcceptsEqualSalaryBoundsAndNamesBothOfABrokenPair() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0/demand/salary").put("min", 400000).put("max", 400000);
        assertEquals(List.of(), pointers(doc, "R6"));
        obj(doc, "/positions/1/demand/salary").put("min", 400000).put("max", 399999.5);
        Issue issue = validate(doc).issues("R6").get(0);
        assertEquals("/positions/1/demand/salary/max", issue.pointer());
        assertEquals("salary max 399999.5 is below min 400000", issue.message(Locale.ENGLISH));
    }

    @Test
    void r9ReportsEachPositionOutsideTheScopeNamingTheScope() {
        ObjectNode doc = tree();
        copyOfFirst(doc, "IC-003").put("industry", "BIOMEDICINE");
        obj(doc, "/positions/0").put("industry", "ARTIFICIAL_INTELLIGENCE");
        List<Issue> found = validate(doc).issues("R9");
        assertEquals(List.of("/positions/0/industry", "/positions/2/industry"), found.stream().map(Issue::pointer).toList());
        assertEquals("the position's industry BIOMEDICINE is not in the catalog's scope [INTEGRATED_CIRCUIT]",
                found.get(1).message(Locale.ENGLISH));
    }

    @Test
    void r9HasNothingToCompareWithoutScopeIndustries() {
        ObjectNode doc = tree();
        doc.put("kind", "REGIONAL");
        obj(doc, "/scope").remove("industries");
        obj(doc, "/scope").putObject("region").put("code", "LINGANG").put("name", "临港新片区");
        obj(doc, "/positions/1").put("industry", "BIOMEDICINE");
        assertEquals(List.of(), pointers(doc, "R9"));
    }

    @Test
    void r10ReportsAnUnregisteredIndustryOfAPositionAtItsIndex() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("industry", "DEEP_SEA_MINING");
        Issue issue = validate(doc).issues("R10").get(0);
        assertEquals(List.of("/positions/1/industry"), pointers(doc, "R10"));
        assertEquals("industry code DEEP_SEA_MINING is not in the registered code lists", issue.message(Locale.ENGLISH));
    }

    @Test
    void r12NamesTheFirstPositionOfTheNameAndComparesOnlyWithinOneIndustry() {
        ObjectNode doc = tree();
        copyOfFirst(doc, "IC-003");
        copyOfFirst(doc, "IC-004");
        copyOfFirst(doc, "AI-001").put("industry", "ARTIFICIAL_INTELLIGENCE");
        List<Issue> found = validate(doc).issues("R12");
        assertEquals(List.of("/positions/2/name", "/positions/3/name"), found.stream().map(Issue::pointer).toList());
        assertEquals("industry INTEGRATED_CIRCUIT already has a position named \"集成电路设计工程师\" (IC-001)",
                found.get(1).message(Locale.ENGLISH));
    }

    @Test
    void r13SaysNotListedForAScoreBelowEveryThreshold() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1/shortage").put("score", 0.2);
        Issue issue = validate(doc).issues("R13").get(0);
        assertEquals("by the thresholds, score 0.2 means not listed, but the level given is SCARCE",
                issue.message(Locale.ENGLISH));
    }

    @Test
    void r13NamesTheLevelAScoreImplies() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0/shortage").put("score", 0.7);
        obj(doc, "/positions/1/shortage").put("score", 0.7);
        Issue issue = validate(doc).issues("R13").get(0);
        assertEquals("/positions/1/shortage/level", issue.pointer());
        assertEquals("by the thresholds, score 0.7 means VERY_SCARCE, but the level given is SCARCE",
                issue.message(Locale.ENGLISH));
        assertEquals(1, validate(doc).issues("R13").size());
    }

    @Test
    void r13NeedsRecordedThresholds() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1/shortage").put("score", 0.1);
        obj(doc, "/methodology/scoring").remove("thresholds");
        assertEquals(List.of(), pointers(doc, "R13"));
        doc.remove("methodology");
        assertEquals(List.of(), pointers(doc, "R13"));
    }

    @Test
    void r17AndR18NameOnlyTheCodeWhenNothingCloseIsKnown() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("industryClass", "C3973");
        CatalogValidator bare = CatalogValidator.builder()
                .occupationCodes(OccupationCodes.empty()).industryClasses(IndustryClasses.empty()).build();
        ValidationReport report = bare.validateText(doc.toPrettyString());
        assertEquals("occupation code 2-02-38-09 is not in the 2022 occupation classification (职业分类大典)",
                report.issues("R17").get(0).message(Locale.ENGLISH));
        assertEquals(List.of("/positions/0/occupationCode", "/positions/1/occupationCode"),
                report.issues("R17").stream().map(Issue::pointer).toList());
        assertEquals(List.of("/positions/0/industryClass"), report.issues("R18").stream().map(Issue::pointer).toList());
        assertEquals("industry class C3973 is not in GB/T 4754-2017", report.issues("R18").get(0).message(Locale.ENGLISH));
    }
}
