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
import org.talentcatalog.model.Issue;

/**
 * The header rules at their edges: the case each rule accepts next to the one it reports, the
 * statuses and kinds it does not apply to, and the values its message names.
 */
class HeaderRuleEdgesTest {

    private static List<String> pointers(ObjectNode doc, String rule) {
        return validate(doc).issues(rule).stream().map(Issue::pointer).toList();
    }

    private static Issue single(ObjectNode doc, String rule) {
        List<Issue> found = validate(doc).issues(rule);
        assertEquals(1, found.size(), () -> rule + " in " + validate(doc).issues());
        return found.get(0);
    }

    @Test
    void r1AcceptsRegionalAndSpecialCatalogsWithTheirScope() {
        ObjectNode doc = tree();
        doc.put("kind", "REGIONAL");
        obj(doc, "/scope").putObject("region").put("code", "LINGANG").put("name", "临港新片区");
        assertEquals(List.of(), pointers(doc, "R1"));
        ObjectNode special = tree();
        special.put("kind", "SPECIAL");
        obj(special, "/scope").remove("industries");
        ObjectNode program = obj(special, "/scope").putObject("program");
        program.putObject("name").put("zh", "硬 X 射线自由电子激光装置");
        program.put("type", "MAJOR_SCIENCE_FACILITY");
        assertEquals(List.of(), pointers(special, "R1"));
    }

    @Test
    void r4NamesTheDistrictBureauForADistrictCatalogAndSkipsCatalogsNotYetApproved() {
        ObjectNode doc = tree();
        doc.put("level", "DISTRICT");
        Issue issue = single(doc, "R4");
        assertTrue(issue.message(Locale.ENGLISH).contains("approved district catalog"), issue.message(Locale.ENGLISH));
        assertTrue(issue.message(Locale.ENGLISH).contains("DISTRICT_HRSS"), issue.message(Locale.ENGLISH));
        assertTrue(issue.message(Locale.CHINESE).contains("区人力资源社会保障局"), issue.message(Locale.CHINESE));
        doc.put("status", "PUBLIC_CONSULTATION");
        obj(doc, "/edition").remove("publishedOn");
        assertEquals(List.of(), pointers(doc, "R4"));
        doc.put("status", "APPROVED");
        assertEquals(List.of("/issuance/jointIssuers"), pointers(doc, "R4"));
    }

    @Test
    void r4NamesTheMunicipalBureauForAMunicipalCatalog() {
        ObjectNode doc = tree();
        obj(doc, "/issuance/jointIssuers/0").put("role", "DISTRICT_HRSS");
        Issue issue = single(doc, "R4");
        assertTrue(issue.message(Locale.ENGLISH).contains("approved municipal catalog"), issue.message(Locale.ENGLISH));
        assertTrue(issue.message(Locale.ENGLISH).contains("MUNICIPAL_HRSS"), issue.message(Locale.ENGLISH));
    }

    @Test
    void r5AppliesToASupersededCatalogAndReportsEachMissingMemberAlone() {
        ObjectNode doc = tree();
        doc.put("status", "SUPERSEDED");
        obj(doc, "/issuance").remove("documentNumber");
        assertEquals(List.of("/issuance"), pointers(doc, "R5"));
        ObjectNode dated = tree();
        obj(dated, "/edition").remove("publishedOn");
        assertEquals(List.of("/edition"), pointers(dated, "R5"));
    }

    @Test
    void r6AcceptsEqualDatesAndEqualThresholds() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("validFrom", "2024-04-01").put("validUntil", "2024-04-01");
        obj(doc, "/methodology/survey").put("from", "2023-10-01").put("to", "2023-10-01");
        obj(doc, "/methodology/scoring/thresholds").put("VERY_SCARCE", 0.5).put("SCARCE", 0.5).put("GENERALLY_SCARCE", 0.5);
        obj(doc, "/positions/0/shortage").put("level", "VERY_SCARCE").put("score", 0.9);
        obj(doc, "/positions/1/shortage").put("level", "VERY_SCARCE").put("score", 0.6);
        assertEquals(List.of(), pointers(doc, "R6"));
    }

    @Test
    void r6NamesBothDatesOfABrokenPair() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("validUntil", "2024-03-31");
        Issue issue = single(doc, "R6");
        assertEquals("/edition/validUntil", issue.pointer());
        assertEquals("date 2024-03-31 is before validFrom 2024-04-01", issue.message(Locale.ENGLISH));
        obj(doc, "/edition").put("validUntil", "2026-03-31");
        obj(doc, "/methodology/survey").put("to", "2023-08-31");
        assertEquals("日期 2023-08-31 早于调研开始日期 2023-09-01", single(doc, "R6").message(Locale.CHINESE));
    }

    @Test
    void r6NamesBothThresholdsOfABrokenPair() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/scoring/thresholds").put("SCARCE", 0.8);
        Issue issue = single(doc, "R6");
        assertTrue(issue.message(Locale.ENGLISH).startsWith("the SCARCE threshold 0.8 is above VERY_SCARCE 0.7"),
                issue.message(Locale.ENGLISH));
    }

    @Test
    void r7ReportsAVersionThatSupersedesItselfAndIgnoresVersionsItCannotRead() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("version", "2024").put("supersedes", "2024");
        Issue issue = single(doc, "R7");
        assertEquals("the superseded version 2024 must be earlier than this edition 2024", issue.message(Locale.ENGLISH));
        obj(doc, "/edition").put("supersedes", "2023");
        assertEquals(List.of(), pointers(doc, "R7"));
        obj(doc, "/edition").put("version", "2024").put("supersedes", "第二版");
        assertEquals(List.of(), pointers(doc, "R7"));
    }

    @Test
    void r8ChecksJointIssuersAndTheContractorAndNamesTheCheckCharacters() {
        ObjectNode doc = tree();
        obj(doc, "/issuance/jointIssuers/0").put("creditCode", "91350100M000100Y44");
        obj(doc, "/issuance").putObject("contractor").put("name", "上海集成电路行业协会")
                .put("role", "INDUSTRY_ASSOCIATION").put("creditCode", "91350100M000100Y45");
        List<Issue> found = validate(doc).issues("R8");
        assertEquals(List.of("/issuance/jointIssuers/0/creditCode", "/issuance/contractor/creditCode"),
                found.stream().map(Issue::pointer).toList());
        assertEquals("credit code 91350100M000100Y45 should end in check character 3, not 5",
                found.get(1).message(Locale.ENGLISH));
        obj(doc, "/issuance/jointIssuers/0").put("creditCode", "91350100M000100Y43");
        obj(doc, "/issuance/contractor").put("creditCode", "91350100M000100Y43");
        assertEquals(List.of(), pointers(doc, "R8"));
    }

    @Test
    void r10ReportsAnUnregisteredRegionCodeAndAcceptsARegisteredOne() {
        ObjectNode doc = tree();
        doc.put("kind", "REGIONAL");
        obj(doc, "/scope").putObject("region").put("code", "ATLANTIS").put("name", "某区域");
        Issue issue = single(doc, "R10");
        assertEquals("/scope/region/code", issue.pointer());
        assertEquals("region code ATLANTIS is not in the registered code lists", issue.message(Locale.ENGLISH));
        obj(doc, "/scope/region").put("code", "LINGANG");
        assertEquals(List.of(), pointers(doc, "R10"));
        obj(doc, "/scope/region").remove("code");
        assertEquals(List.of(), pointers(doc, "R10"));
    }

    @Test
    void r10ReportsEachUnregisteredIndustryOfTheScopeAtItsIndex() {
        ObjectNode doc = tree();
        arr(doc, "/scope/industries").insert(0, "DEEP_SEA_MINING").add("SPACE_TOURISM");
        assertEquals(List.of("/scope/industries/0", "/scope/industries/2"), pointers(doc, "R10"));
    }

    @Test
    void r11AppliesOnlyToAPublishedCatalog() {
        ObjectNode doc = tree();
        obj(doc, "/edition").remove("validUntil");
        doc.put("status", "APPROVED");
        assertEquals(List.of(), pointers(doc, "R11"));
        doc.put("status", "SUPERSEDED");
        assertEquals(List.of(), pointers(doc, "R11"));
    }

    @Test
    void r14PointsAtTheMethodologyWithoutConsultationsAndSkipsCatalogsNotYetApproved() {
        ObjectNode doc = tree();
        obj(doc, "/methodology").remove("consultations");
        assertEquals(List.of("/methodology"), pointers(doc, "R14"));
        doc.put("status", "PUBLIC_CONSULTATION");
        obj(doc, "/edition").remove("publishedOn");
        assertEquals(List.of(), pointers(doc, "R14"));
    }

    @Test
    void r14WarnsAtTheRootOfACatalogWithoutMethodology() {
        ObjectNode doc = tree();
        doc.remove("methodology");
        Issue issue = single(doc, "R14");
        assertEquals("", issue.pointer());
        assertEquals(org.talentcatalog.model.Severity.WARNING, issue.severity());
        assertEquals("an approved catalog without a recorded expert review (EXPERT_REVIEW)", issue.message(Locale.ENGLISH));
        assertTrue(validate(doc).valid(), () -> validate(doc).issues().toString());
    }

    @Test
    void r15NamesExactlyTheMissingSourcesInEitherLanguage() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/survey/respondents").remove("EMPLOYER");
        obj(doc, "/methodology/survey/respondents").put("HR_SERVICE_AGENCY", 0);
        Issue issue = single(doc, "R15");
        assertEquals("需求调研缺少以下来源: 用人单位、人力资源服务机构", issue.message(Locale.CHINESE));
        assertEquals("the demand survey lacks these sources: employer, human resources service agency", issue.message(Locale.ENGLISH));
    }

    @Test
    void r15IsSilentWhenNoRespondentsAreGiven() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/survey").remove("respondents");
        assertEquals(List.of(), pointers(doc, "R15"));
    }

    @Test
    void r16AcceptsAnOfficialNumberAndNamesARejectedOne() {
        ObjectNode doc = tree();
        obj(doc, "/issuance").put("documentNumber", "沪经信〔2025〕7号");
        assertEquals(List.of(), pointers(doc, "R16"));
        obj(doc, "/issuance").put("documentNumber", "〔2025〕7号");
        Issue issue = single(doc, "R16");
        assertTrue(issue.message(Locale.CHINESE).contains("\"〔2025〕7号\""), issue.message(Locale.CHINESE));
    }
}
