package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentcatalog.model.internal.Texts;

/** The enumerations of docs/format.md: labels, shortage levels, the status lifecycle and version order. */
class EnumerationsTest {

    static Stream<Class<? extends Enum<?>>> enumerations() {
        return Stream.of(CatalogKind.class, CatalogLevel.class, Status.class, OrganizationRole.class,
                ContractorSelection.class, ProgramType.class, RespondentType.class, SurveyMethod.class,
                IndicatorDirection.class, ConsultationType.class, JobCategory.class, Education.class,
                ShortageLevel.class, SalaryPeriod.class, Policy.class, LevelMove.class, OccupationMarks.class,
                OccupationLevel.class, IndustryLevel.class, Severity.class, Layer.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumerations")
    void everyConstantHasItsCodeAndNonBlankChineseAndEnglishLabels(Class<? extends Enum<?>> type) {
        for (Enum<?> constant : type.getEnumConstants()) {
            Labelled l = (Labelled) constant;
            assertEquals(constant.name(), l.code());
            assertTrue(l.code().matches("^[A-Z][A-Z0-9_]*$"), l.code());
            assertTrue(Texts.isNonBlank(l.zh()), l.code());
            assertTrue(Texts.isNonBlank(l.en()), l.code());
            assertEquals(l.zh(), l.label(null));
            assertEquals(l.zh(), l.label(Locale.SIMPLIFIED_CHINESE));
            assertEquals(l.en(), l.label(Locale.UK));
        }
    }

    @Test
    void chineseLabelsFollowFormatMd() {
        assertEquals("产业人才目录", CatalogKind.INDUSTRY.zh());
        assertEquals("揭榜挂帅", ContractorSelection.OPEN_COMPETITION.zh());
        assertEquals("公开征求意见", Status.PUBLIC_CONSULTATION.zh());
        assertEquals("中职及技工", Education.VOCATIONAL.zh());
        assertEquals("理论研究类", JobCategory.BASIC_RESEARCH.zh());
        assertEquals("重大科技基础设施", ProgramType.MAJOR_SCIENCE_FACILITY.zh());
        assertEquals("部门座谈会", ConsultationType.DEPARTMENT_SEMINAR.zh());
    }

    @Test
    void shortageLevelsCarryStarsRanksAndOrderFromMostScarce() {
        assertEquals(List.of("★★★", "★★", "★"), Arrays.stream(ShortageLevel.values()).map(ShortageLevel::stars).toList());
        assertEquals(List.of(3, 2, 1), Arrays.stream(ShortageLevel.values()).map(ShortageLevel::rank).toList());
        assertEquals(List.of("非常紧缺", "紧缺", "一般紧缺"), Arrays.stream(ShortageLevel.values()).map(ShortageLevel::zh).toList());
        List<ShortageLevel> sorted = new ArrayList<>(List.of(ShortageLevel.GENERALLY_SCARCE, ShortageLevel.VERY_SCARCE, ShortageLevel.SCARCE));
        sorted.sort(null);
        assertEquals(List.of(ShortageLevel.VERY_SCARCE, ShortageLevel.SCARCE, ShortageLevel.GENERALLY_SCARCE), sorted);
        assertTrue(ShortageLevel.VERY_SCARCE.isHigherThan(ShortageLevel.SCARCE));
        assertFalse(ShortageLevel.SCARCE.isHigherThan(ShortageLevel.SCARCE));
        assertFalse(ShortageLevel.GENERALLY_SCARCE.isHigherThan(ShortageLevel.SCARCE));
        assertEquals(Optional.of(ShortageLevel.SCARCE), ShortageLevel.ofRank(2));
        assertEquals(Optional.empty(), ShortageLevel.ofRank(0));
        assertEquals(Optional.empty(), ShortageLevel.ofRank(4));
    }

    @Test
    void approvedOrLaterIsApprovedPublishedAndSuperseded() {
        Set<Status> approved = EnumSet.noneOf(Status.class);
        Set<Status> published = EnumSet.noneOf(Status.class);
        Set<Status> mayBeEmpty = EnumSet.noneOf(Status.class);
        for (Status s : Status.values()) {
            if (s.isApprovedOrLater()) {
                approved.add(s);
            }
            if (s.isPublished()) {
                published.add(s);
            }
            if (s.allowsEmptyPositions()) {
                mayBeEmpty.add(s);
            }
        }
        assertEquals(EnumSet.of(Status.APPROVED, Status.PUBLISHED, Status.SUPERSEDED), approved);
        assertEquals(EnumSet.of(Status.PUBLISHED, Status.SUPERSEDED), published);
        assertEquals(EnumSet.of(Status.DRAFT, Status.WITHDRAWN), mayBeEmpty);
    }

    @Test
    void statusMovesAlongTheLifecycleWithOneStepBackDuringReviewAndWithdrawalFromAnywhere() {
        assertEquals(EnumSet.of(Status.EXPERT_REVIEW, Status.WITHDRAWN), Status.DRAFT.successors());
        assertEquals(EnumSet.of(Status.DRAFT, Status.PUBLIC_CONSULTATION, Status.WITHDRAWN), Status.EXPERT_REVIEW.successors());
        assertEquals(EnumSet.of(Status.EXPERT_REVIEW, Status.APPROVED, Status.WITHDRAWN), Status.PUBLIC_CONSULTATION.successors());
        assertEquals(EnumSet.of(Status.PUBLISHED, Status.WITHDRAWN), Status.APPROVED.successors());
        assertEquals(EnumSet.of(Status.SUPERSEDED, Status.WITHDRAWN), Status.PUBLISHED.successors());
        assertEquals(EnumSet.of(Status.WITHDRAWN), Status.SUPERSEDED.successors());
        assertEquals(EnumSet.noneOf(Status.class), Status.WITHDRAWN.successors());
        for (Status s : Status.values()) {
            assertFalse(s.canMoveTo(s), s.name());
            assertEquals(s != Status.WITHDRAWN, s.canMoveTo(Status.WITHDRAWN), s.name());
        }
        assertFalse(Status.DRAFT.canMoveTo(Status.PUBLISHED));
        assertFalse(Status.PUBLISHED.canMoveTo(Status.DRAFT));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"2024.10, >, 2024.9", "2024.1, =, 2024.01", "2024, =, 2024.0", "2024, <, 2024.1", "2025, >, 2024.999",
        "2024.001, =, 2024.1", "1999.5, <, 2000"})
    void versionsCompareNumericallyByYearThenByTheNumberAfterTheDot(String a, String op, String b) {
        int cmp = Integer.signum(CatalogVersion.parse(a).compareTo(CatalogVersion.parse(b)));
        assertEquals(switch (op) {
            case ">" -> 1;
            case "<" -> -1;
            default -> 0;
        }, cmp, a + " " + op + " " + b);
        assertEquals(-cmp, Integer.signum(CatalogVersion.parse(b).compareTo(CatalogVersion.parse(a))));
    }

    @Test
    void equalVersionsHaveTheSameCanonicalText() {
        assertEquals(CatalogVersion.parse("2024.1"), CatalogVersion.parse("2024.01"));
        assertEquals("2024.1", CatalogVersion.parse("2024.001").toString());
        assertEquals("2024", CatalogVersion.parse("2024.0").toString());
        assertEquals(new CatalogVersion(2024, 10), CatalogVersion.parse("2024.10"));
    }

    @ParameterizedTest(name = "[{0}] is not a version")
    @CsvSource({"24", "2024.", "2024.1000", "v2024", "2024-1", "'２０２４'", "2024.1.1", "' 2024'"})
    void malformedVersionsAreRejected(String text) {
        assertFalse(CatalogVersion.isValid(text));
        assertThrows(IllegalArgumentException.class, () -> CatalogVersion.parse(text));
    }

    @Test
    void aMissingVersionIsNotValid() {
        assertFalse(CatalogVersion.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> CatalogVersion.parse(null));
    }
}
