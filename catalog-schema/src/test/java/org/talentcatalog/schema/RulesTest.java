package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;

/** Every numbered rule of docs/format.md: a document that breaks it, and the fixture that keeps it. */
class RulesTest {

    /** Asserts that the report has exactly one issue of the rule, at the pointer, with both languages. */
    private static Issue only(ValidationReport report, String rule, String pointer) {
        List<Issue> found = report.issues(rule);
        assertEquals(1, found.size(), () -> rule + " expected once in " + report.issues());
        Issue issue = found.get(0);
        assertEquals(pointer, issue.pointer(), () -> "pointer of " + issue);
        assertTrue(issue.line() != null && issue.line() > 0, () -> "line of " + issue);
        assertFalse(issue.message(Locale.CHINESE).equals(issue.message(Locale.ENGLISH)), "two languages");
        return issue;
    }

    @Test
    void fixtureIsValidWithoutWarnings() {
        ValidationReport report = validate(tree());
        assertTrue(report.issues().isEmpty(), () -> report.issues().toString());
        assertTrue(report.valid());
    }

    @Test
    void r1RejectsIndustryCatalogWithoutIndustries() {
        ObjectNode doc = tree();
        obj(doc, "/scope").remove("industries");
        Issue i = only(validate(doc), "R1", "/scope");
        assertEquals(Severity.ERROR, i.severity());
    }

    @Test
    void r1RejectsRegionalCatalogWithoutRegion() {
        ObjectNode doc = tree();
        doc.put("kind", "REGIONAL");
        only(validate(doc), "R1", "/scope");
    }

    @Test
    void r1RejectsSpecialCatalogWithoutProgram() {
        ObjectNode doc = tree();
        doc.put("kind", "SPECIAL");
        only(validate(doc), "R1", "/scope");
    }

    @Test
    void r2ReportsDuplicateIdAtLaterOccurrenceCaseSensitively() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("id", "IC-001");
        only(validate(doc), "R2", "/positions/1/id");
        obj(doc, "/positions/1").put("id", "ic-001");
        assertTrue(validate(doc).issues("R2").isEmpty());
    }

    @Test
    void r3RejectsEmptyPositionsUnlessDraftOrWithdrawn() {
        ObjectNode doc = tree();
        doc.putArray("positions");
        only(validate(doc), "R3", "/positions");
        doc.put("status", "DRAFT");
        assertTrue(validate(doc).issues("R3").isEmpty());
        doc.put("status", "WITHDRAWN");
        assertTrue(validate(doc).issues("R3").isEmpty());
    }

    @Test
    void r3RequiresShortageOnceApproved() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").remove("shortage");
        only(validate(doc), "R3", "/positions/1");
        doc.put("status", "PUBLIC_CONSULTATION");
        assertTrue(validate(doc).issues("R3").isEmpty());
    }

    @Test
    void r4RequiresMunicipalHrssAmongJointIssuers() {
        ObjectNode doc = tree();
        obj(doc, "/issuance/jointIssuers/0").put("role", "INDUSTRY_AUTHORITY");
        only(validate(doc), "R4", "/issuance/jointIssuers");
    }

    @Test
    void r4DoesNotCountHrssAmongCompilers() {
        ObjectNode doc = tree();
        obj(doc, "/issuance").remove("jointIssuers");
        obj(doc, "/issuance/compilers/0").put("role", "MUNICIPAL_HRSS");
        only(validate(doc), "R4", "/issuance");
    }

    @Test
    void r4RequiresDistrictHrssForDistrictCatalogEvenWithMunicipalHrss() {
        ObjectNode doc = tree();
        doc.put("level", "DISTRICT");
        only(validate(doc), "R4", "/issuance/jointIssuers");
        arr(doc, "/issuance/jointIssuers").addObject().put("name", "闵行区人社局").put("role", "DISTRICT_HRSS");
        assertTrue(validate(doc).issues("R4").isEmpty());
    }

    @Test
    void r5RequiresPublicationDateAndDocumentNumberWhenPublished() {
        ObjectNode doc = tree();
        obj(doc, "/edition").remove("publishedOn");
        obj(doc, "/issuance").remove("documentNumber");
        ValidationReport report = validate(doc);
        List<String> pointers = report.issues("R5").stream().map(Issue::pointer).toList();
        assertEquals(List.of("/edition", "/issuance"), pointers);
        doc.put("status", "APPROVED");
        assertTrue(validate(doc).issues("R5").isEmpty());
    }

    @Test
    void r6ReportsEachBrokenPairAtItsSecondMember() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("validUntil", "2024-01-01");
        obj(doc, "/methodology/survey").put("to", "2023-01-01");
        obj(doc, "/positions/0/demand/salary").put("max", 1);
        obj(doc, "/methodology/scoring/thresholds").put("SCARCE", 0.8);
        ValidationReport report = validate(doc);
        List<String> pointers = report.issues("R6").stream().map(Issue::pointer).sorted().toList();
        assertEquals(List.of("/edition/validUntil", "/methodology/scoring/thresholds/SCARCE",
                "/methodology/survey/to", "/positions/0/demand/salary/max"), pointers);
    }

    @Test
    void r6ReportsLowerRankedThresholdOfTheSecondPair() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/scoring/thresholds").put("GENERALLY_SCARCE", 0.6);
        only(validate(doc), "R6", "/methodology/scoring/thresholds/GENERALLY_SCARCE");
    }

    @Test
    void r7RequiresSupersededVersionToBeEarlierComparingNumerically() {
        ObjectNode doc = tree();
        obj(doc, "/edition").put("version", "2024.9").put("supersedes", "2024.10");
        only(validate(doc), "R7", "/edition/supersedes");
        obj(doc, "/edition").put("version", "2024.10").put("supersedes", "2024.9");
        assertTrue(validate(doc).issues("R7").isEmpty());
        obj(doc, "/edition").put("version", "2024.1").put("supersedes", "2024.01");
        only(validate(doc), "R7", "/edition/supersedes");
    }

    @Test
    void r8ChecksTheCheckCharacterAndWinsOverTheModelLayer() {
        ObjectNode doc = tree();
        obj(doc, "/issuance/compilers/0").put("creditCode", "91350100M000100Y44");
        ValidationReport report = validate(doc);
        Issue i = only(report, "R8", "/issuance/compilers/0/creditCode");
        assertTrue(i.message(Locale.ENGLISH).contains("3"), i.message(Locale.ENGLISH));
        assertTrue(report.issues("model:CreditCode").isEmpty(), "one issue per fault");
    }

    @Test
    void r9WarnsAboutPositionOutsideScopeIndustries() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("industry", "BIOMEDICINE");
        Issue i = only(validate(doc), "R9", "/positions/1/industry");
        assertEquals(Severity.WARNING, i.severity());
        assertTrue(validate(doc).valid(), "warnings only");
    }

    @Test
    void r10WarnsAboutUnregisteredCodesButAcceptsRegisteredOnes() {
        ObjectNode doc = tree();
        arr(doc, "/scope/industries").add("LOW_ALTITUDE_ECONOMY");
        only(validate(doc), "R10", "/scope/industries/1");
        CatalogValidator extended = CatalogValidator.builder()
                .codeLists(org.talentcatalog.model.CodeLists.defaults().withIndustry(
                        new org.talentcatalog.model.CodeEntry("LOW_ALTITUDE_ECONOMY", "低空经济", "Low-altitude economy", null)))
                .build();
        assertTrue(extended.validateText(doc.toPrettyString()).issues("R10").isEmpty());
    }

    @Test
    void r11WarnsWhenPublishedWithoutValidUntil() {
        ObjectNode doc = tree();
        obj(doc, "/edition").remove("validUntil");
        only(validate(doc), "R11", "/edition");
    }

    @Test
    void r12WarnsAboutSameTrimmedNameWithinOneIndustry() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1/name").put("zh", "\u3000集成电路设计工程师 ");
        only(validate(doc), "R12", "/positions/1/name");
    }

    @Test
    void r13WarnsWhenScoreImpliesAnotherLevel() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1/shortage").put("score", 0.1);
        only(validate(doc), "R13", "/positions/1/shortage/level");
        obj(doc, "/positions/1/shortage").put("score", 0.5);
        assertTrue(validate(doc).issues("R13").isEmpty(), "a score at the threshold gets that level");
    }

    @Test
    void r14WarnsWhenApprovedWithoutExpertReview() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/consultations/0").put("type", "DEPARTMENT_SEMINAR");
        only(validate(doc), "R14", "/methodology/consultations");
        doc.remove("methodology");
        only(validate(doc), "R14", "");
    }

    @Test
    void r15WarnsAboutMissingOrZeroSeedSources() {
        ObjectNode doc = tree();
        obj(doc, "/methodology/survey/respondents").put("HR_SERVICE_AGENCY", 0);
        obj(doc, "/methodology/survey/respondents").remove("INDUSTRY_ASSOCIATION");
        Issue i = only(validate(doc), "R15", "/methodology/survey/respondents");
        assertTrue(i.message(Locale.CHINESE).contains("行业协会") && i.message(Locale.CHINESE).contains("人力资源服务机构"));
    }

    @Test
    void r16WarnsAboutDocumentNumberWithoutOfficialBrackets() {
        ObjectNode doc = tree();
        obj(doc, "/issuance").put("documentNumber", "沪人社力[2024]15号");
        only(validate(doc), "R16", "/issuance/documentNumber");
        obj(doc, "/issuance").put("documentNumber", "沪人社力〔2024〕15");
        only(validate(doc), "R16", "/issuance/documentNumber");
    }

    @Test
    void r17WarnsAboutUnknownOccupationCodeNamingTheClosestOfTheSameMinorGroup() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("occupationCode", "4-04-05-13");
        ValidationReport report = validate(doc);
        Issue i = only(report, "R17", "/positions/1/occupationCode");
        assertEquals(Severity.WARNING, i.severity());
        assertTrue(i.message(Locale.CHINESE).contains("同一小类 4-04-05 中最接近的是 4-04-05-08 电子数据取证分析师"),
                i.message(Locale.CHINESE));
        assertTrue(i.message(Locale.ENGLISH).contains("closest code of the same minor group 4-04-05 is 4-04-05-08"),
                i.message(Locale.ENGLISH));
        assertTrue(report.valid(), "warnings only");
    }

    @Test
    void r17NamesTheNearestBroaderCodeWhenTheMinorGroupHasNoCodes() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("occupationCode", "2-02-39-01");
        Issue i = only(validate(doc), "R17", "/positions/0/occupationCode");
        assertTrue(i.message(Locale.CHINESE).contains("最近的上级分类是 2-02-00-00 工程技术人员"), i.message(Locale.CHINESE));
        assertTrue(i.message(Locale.ENGLISH).contains("nearest broader code is 2-02-00-00"), i.message(Locale.ENGLISH));
    }

    @Test
    void r17AcceptsShortCodesAndCodesTheUserRegistered() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("occupationCode", "2-01-06");
        obj(doc, "/positions/1").put("occupationCode", "4-04-05-13");
        assertEquals(List.of("/positions/1/occupationCode"),
                validate(doc).issues("R17").stream().map(Issue::pointer).toList(), "2-01-06 is 2-01-06-00");
        CatalogValidator extended = CatalogValidator.builder()
                .occupationCodes(org.talentcatalog.model.OccupationCodes.defaults().with(new org.talentcatalog.model.Occupation(
                        "4-04-05-13", "生成式人工智能系统应用员", org.talentcatalog.model.OccupationLevel.OCCUPATION,
                        org.talentcatalog.model.OccupationMarks.DIGITAL)))
                .build();
        assertTrue(extended.validateText(doc.toPrettyString()).issues().isEmpty());
    }

    @Test
    void r17LeavesMalformedCodesToTheSchema() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("occupationCode", "9-99");
        ValidationReport report = validate(doc);
        assertTrue(report.issues("R17").isEmpty());
        assertEquals(1, report.issues("schema:pattern").size(), () -> report.issues().toString());
        assertFalse(report.valid());
    }

    @Test
    void r18WarnsAboutUnknownIndustryClassNamingTheClosestExistingOne() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("industryClass", "C3977");
        ValidationReport report = validate(doc);
        Issue i = only(report, "R18", "/positions/0/industryClass");
        assertEquals(Severity.WARNING, i.severity());
        assertTrue(i.message(Locale.CHINESE).contains("最接近的是 C3976 光电子器件制造"), i.message(Locale.CHINESE));
        assertTrue(i.message(Locale.ENGLISH).contains("closest existing class is C3976"), i.message(Locale.ENGLISH));
        assertTrue(report.valid(), "warnings only");
    }

    @Test
    void r18NamesTheRightSectionLetterForKnownDigits() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("industryClass", "I3973");
        Issue i = only(validate(doc), "R18", "/positions/1/industryClass");
        assertTrue(i.message(Locale.CHINESE).contains("3973 属于门类 C（制造业），应为 C3973 集成电路制造"), i.message(Locale.CHINESE));
        assertTrue(i.message(Locale.ENGLISH).contains("C3973"), i.message(Locale.ENGLISH));
    }

    @Test
    void r18AcceptsListedClassesAtEveryLevelAndClassesTheUserRegistered() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("industryClass", "C3973");
        obj(doc, "/positions/1").put("industryClass", "I65");
        assertTrue(validate(doc).issues().isEmpty(), () -> validate(doc).issues().toString());
        obj(doc, "/positions/1").put("industryClass", "C3977");
        CatalogValidator extended = CatalogValidator.builder()
                .industryClasses(org.talentcatalog.model.IndustryClasses.defaults().with("C3977", "示例新增小类"))
                .build();
        assertTrue(extended.validateText(doc.toPrettyString()).issues().isEmpty());
    }

    @Test
    void addedRulesRunAfterTheStandardOnes() {
        Rule noTraining = new Rule() {
            @Override
            public String id() {
                return "X-NO-LEAD";
            }

            @Override
            public Severity severity() {
                return Severity.INFO;
            }

            @Override
            public void check(org.talentcatalog.model.Catalog c, RuleContext ctx) {
                ctx.report("/positions/0", "示例", "example");
            }
        };
        ValidationReport report = CatalogValidator.builder().addRule(noTraining).build().validate(Fixtures.catalog());
        assertEquals(1, report.issues("X-NO-LEAD").size());
        assertTrue(report.valid());
    }

    @Test
    void validatesCatalogsBuiltInCodeWithoutLines() {
        ValidationReport report = Fixtures.VALIDATOR.validate(Fixtures.catalog().withStatus(org.talentcatalog.model.Status.PUBLISHED)
                .withPositions(List.of()));
        Issue i = report.issues("R3").get(0);
        assertEquals("/positions", i.pointer());
        assertEquals(null, i.line());
    }
}
