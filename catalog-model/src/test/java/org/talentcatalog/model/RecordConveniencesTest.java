package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small conveniences of the records and enumerations: factories, copies, look-ups and defaults. */
class RecordConveniencesTest {

    @Test
    void aSurveyCountsRespondentsOfATypeAndZeroForAnAbsentType() {
        Map<RespondentType, Integer> given = new LinkedHashMap<>();
        given.put(RespondentType.THIRD_PARTY_DATA, 3);
        given.put(RespondentType.EMPLOYER, 212);
        Survey s = new Survey(null, null, null, given, null);
        assertEquals(212, s.respondentCount(RespondentType.EMPLOYER));
        assertEquals(3, s.respondentCount(RespondentType.THIRD_PARTY_DATA));
        assertEquals(0, s.respondentCount(RespondentType.RESEARCH_INSTITUTE));
        assertEquals(List.of(RespondentType.THIRD_PARTY_DATA, RespondentType.EMPLOYER), List.copyOf(s.respondents().keySet()),
                "the given order is kept");
        given.put(RespondentType.RESEARCH_INSTITUTE, 1);
        assertEquals(2, s.respondents().size(), "a copy, not a view");
        assertThrows(UnsupportedOperationException.class, () -> s.respondents().put(RespondentType.EMPLOYER, 1));
        assertEquals(Map.of(), new Survey(null, null, null, null, null).respondents());
        assertEquals(List.of(), new Survey(null, null, null, null, null).methods());
    }

    @Test
    void educationRanksOrderTheDegreesFromNoneToDoctorate() {
        List<Education> byRank = Arrays.stream(Education.values()).sorted((a, b) -> Integer.compare(a.rank(), b.rank())).toList();
        assertEquals(List.of(Education.UNSPECIFIED, Education.HIGH_SCHOOL, Education.VOCATIONAL, Education.ASSOCIATE,
                Education.BACHELOR, Education.MASTER, Education.DOCTORATE), byRank);
        assertEquals(0, Education.UNSPECIFIED.rank());
        assertEquals(6, Education.DOCTORATE.rank());
        assertEquals("master's degree", Education.MASTER.label(Locale.ENGLISH));
        assertEquals("硕士研究生", Education.MASTER.label(null));
    }

    @Test
    void aLocalizedTextFallsBackToChineseWhereItHasNoEnglish() {
        LocalizedText both = LocalizedText.of("集成电路", "integrated circuits");
        LocalizedText zh = LocalizedText.of("集成电路");
        assertEquals("integrated circuits", both.enOrZh());
        assertEquals("集成电路", zh.enOrZh());
        assertEquals("integrated circuits", both.in(Locale.ENGLISH));
        assertEquals("集成电路", zh.in(Locale.ENGLISH));
        assertEquals("集成电路", both.in(Locale.CHINESE));
        assertEquals("集成电路", both.in(null));
        assertEquals("集成电路", both.in(Locale.FRENCH));
        assertNull(zh.en());
    }

    @Test
    void scopesOfARegionOrAProgramHoldOnlyThat() {
        Scope region = Scope.ofRegion("310115", "浦东新区");
        assertEquals(new Scope(List.of(), new Region("310115", "浦东新区"), null), region);
        Scope program = Scope.ofProgram(LocalizedText.of("大飞机"), ProgramType.MAJOR_PROJECT);
        assertEquals(new Scope(List.of(), null, new Program(LocalizedText.of("大飞机"), ProgramType.MAJOR_PROJECT)), program);
        assertEquals(List.of("AI", "IC"), Scope.ofIndustries("AI", "IC").industries());
        assertEquals(List.of(), new Scope(null, null, null).industries());
    }

    @Test
    void anIssuanceCopyChangesOneMember() {
        Organization org = new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, null);
        Contractor contractor = new Contractor("某协会", OrganizationRole.INDUSTRY_ASSOCIATION, null, ContractorSelection.DESIGNATED);
        Issuance base = Issuance.of(List.of(org), List.of()).withDocumentNumber("沪人社〔2024〕1号");
        Issuance with = base.withContractor(contractor);
        assertEquals(contractor, with.contractor());
        assertEquals("沪人社〔2024〕1号", with.documentNumber());
        assertEquals(List.of(org), with.compilers());
        assertNull(base.contractor());
        assertNull(with.withContractor(null).contractor());
        assertEquals(List.of(), new Issuance(null, null, null, null).jointIssuers());
    }

    @Test
    void aSalaryWithoutACurrencyIsInYuan() {
        assertEquals("CNY", Salary.of(1, 2, SalaryPeriod.MONTH).effectiveCurrency());
        assertEquals("USD", new Salary(BigDecimal.ONE, BigDecimal.TEN, "USD", SalaryPeriod.YEAR).effectiveCurrency());
        assertEquals(new BigDecimal("2"), Salary.of(1, 2, SalaryPeriod.MONTH).max());
    }

    @Test
    void aCatalogFindsAPositionByIdAndAPositionItsLevel() {
        Position a = Position.builder("A").shortage(new Shortage(ShortageLevel.SCARCE, 0.6, null, null)).build();
        Position b = Position.builder("B").build();
        Catalog c = Catalog.builder().id("x").position(a, b).build();
        assertEquals(Optional.of(b), c.position("B"));
        assertEquals(Optional.empty(), c.position("C"));
        assertEquals(ShortageLevel.SCARCE, a.level());
        assertNull(b.level());
        assertEquals(Extensions.none(), new Position(null, null, null, null, null, null, null, null, null, null, null, null).extensions());
        assertEquals(List.of(), new Position(null, null, null, null, null, null, null, null, null, null, null, null).policies());
    }

    @Test
    void aCodeEntryNeedsACodeAndAChineseNameAndFallsBackToIt() {
        assertEquals("集成电路", new CodeEntry("IC", "集成电路", null, null).en());
        assertEquals("IC design", new CodeEntry("IC", "集成电路", "IC design", "产业").en());
        assertEquals("a code entry needs a code",
                assertThrows(IllegalArgumentException.class, () -> new CodeEntry(" ", "集成电路", null, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CodeEntry(null, "集成电路", null, null));
        assertEquals("code entry IC needs a Chinese name",
                assertThrows(IllegalArgumentException.class, () -> new CodeEntry("IC", " ", null, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CodeEntry("IC", null, null, null));
        assertTrue(new CodeEntry("IC", "集成电路", null, null).type() == null);
    }

    @Test
    void aBuilderMakesAnIssuanceOfWhicheverPartItWasGiven() {
        Organization org = new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, null);
        Contractor contractor = new Contractor("某协会", OrganizationRole.INDUSTRY_ASSOCIATION, null, ContractorSelection.DESIGNATED);
        assertNull(Catalog.builder().build().issuance());
        assertEquals(new Issuance(List.of(org), List.of(), null, null), Catalog.builder().compiler(org).build().issuance());
        assertEquals(new Issuance(List.of(), List.of(org), null, null), Catalog.builder().jointIssuer(org).build().issuance());
        assertEquals(new Issuance(List.of(), List.of(), "沪人社〔2024〕1号", null),
                Catalog.builder().documentNumber("沪人社〔2024〕1号").build().issuance());
        assertEquals(new Issuance(List.of(), List.of(), null, contractor), Catalog.builder().contractor(contractor).build().issuance());
        assertEquals(new Issuance(List.of(), List.of(), null, null),
                Catalog.builder().issuance(new Issuance(null, null, null, null)).build().issuance(), "an empty issuance given stays");
        Catalog full = Catalog.builder().compiler(org).jointIssuer(org).documentNumber("1号").contractor(contractor).build();
        assertNull(full.toBuilder().issuance(null).build().issuance(), "null clears every part");
        assertEquals(Catalog.FORMAT_VERSION, Catalog.builder().build().formatVersion());
        assertEquals(List.of(Policy.HOUSING), Position.builder("P").policies(Policy.TRAINING).policies(Policy.HOUSING).build().policies(),
                "policies are replaced, not added");
        assertEquals(2, Catalog.builder().position(Position.builder("A").build()).position(Position.builder("B").build()).build()
                .positions().size(), "positions are added");
    }
}
