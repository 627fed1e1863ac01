package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.lifecycle.Fixtures.day;
import static org.talentcatalog.lifecycle.Fixtures.held;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Status;
import org.talentcatalog.schema.CatalogValidator;

/** Each status needs what docs/lifecycle.md says, and each move is recorded. */
class TransitionsTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static List<String> rules(Catalog c, Status to, String on) {
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> Lifecycle.advance(c, to, day(on), null));
        return e.shortfalls().stream().map(Shortfall::rule).toList();
    }

    private static Catalog underConsultation() {
        Catalog c = Fixtures.draft().toBuilder()
                .methodology(Fixtures.consultations(held(ConsultationType.EXPERT_REVIEW, "2025-01-10"))).build();
        c = Lifecycle.advance(c, Status.EXPERT_REVIEW, day("2025-01-05"), "送专家论证");
        return Lifecycle.advance(c, Status.PUBLIC_CONSULTATION, day("2025-01-20"), null);
    }

    static Catalog consulted() {
        Catalog c = underConsultation();
        return c.toBuilder().jointIssuer(Fixtures.HRSS).methodology(Fixtures.consultations(
                held(ConsultationType.EXPERT_REVIEW, "2025-01-10"),
                held(ConsultationType.PUBLIC_CONSULTATION, "2025-02-20"))).build();
    }

    @Test
    void aMoveIsRecordedWithItsDateAndNote() {
        Catalog c = Lifecycle.advance(Fixtures.draft(), Status.EXPERT_REVIEW, day("2025-01-05"), "送专家论证");
        assertEquals(Status.EXPERT_REVIEW, c.status());
        assertEquals(List.of(new Transition(Status.DRAFT, Status.EXPERT_REVIEW, day("2025-01-05"), "送专家论证")),
                Lifecycle.transitions(c));
        Catalog back = CatalogJson.readString(CatalogJson.write(c));
        assertEquals(c, back);
        assertEquals(Lifecycle.transitions(c), Lifecycle.transitions(back));
        assertTrue(CatalogValidator.standard().validate(c).issues().isEmpty(),
                () -> CatalogValidator.standard().validate(c).issues().toString());
    }

    @Test
    void onlyTheNextStepsAreAllowedAndTheRefusalNamesThem() {
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> Lifecycle.advance(Fixtures.draft(), Status.APPROVED, day("2025-01-05"), null));
        assertEquals(List.of("L1"), e.shortfalls().stream().map(Shortfall::rule).toList());
        assertEquals("[L1] /status: 不能从“编制中”转为“审定”：可转为 “专家论证”（EXPERT_REVIEW）、“已撤回”（WITHDRAWN）",
                e.shortfalls().get(0).line(Locale.CHINESE));
        assertEquals("[L1] /status: cannot move from \"draft\" to \"approved\": it may move to \"expert review\" (EXPERT_REVIEW), \"withdrawn\" (WITHDRAWN)",
                e.shortfalls().get(0).line(Locale.ENGLISH));
    }

    @Test
    void consultationNeedsARecordedExpertReview() {
        Catalog reviewed = Lifecycle.advance(Fixtures.draft(), Status.EXPERT_REVIEW, day("2025-01-05"), null);
        assertEquals(List.of("L3"), rules(reviewed, Status.PUBLIC_CONSULTATION, "2025-01-20"));
        Catalog withReview = reviewed.toBuilder()
                .methodology(Fixtures.consultations(held(ConsultationType.EXPERT_REVIEW, "2025-01-10"))).build();
        assertEquals(List.of("L3"), rules(withReview, Status.PUBLIC_CONSULTATION, "2025-01-09"), "a review after the day does not count");
        assertEquals(Status.PUBLIC_CONSULTATION,
                Lifecycle.advance(withReview, Status.PUBLIC_CONSULTATION, day("2025-01-20"), null).status());
    }

    @Test
    void approvalNeedsTheJointIssuerAClosedConsultationAndEveryCommentAnswered() {
        assertEquals(List.of("R4", "L4"), rules(underConsultation(), Status.APPROVED, "2025-03-01"));
        Catalog consulted = consulted();
        assertEquals(List.of("L4"), rules(consulted, Status.APPROVED, "2025-02-19"), "not closed by that day");
        Catalog commented = consulted.toBuilder().extensions(consulted.extensions().with("x-comments", JSON.arrayNode()
                .add(JSON.objectNode().put("no", 1).put("text", "建议增加封装工程师").put("decision", "ADOPTED"))
                .add(JSON.objectNode().put("no", 2).put("text", "建议降低学历要求").put("decision", "NOT_ADOPTED"))
                .add(JSON.objectNode().put("no", 3).put("text", "建议提高薪酬")))).build();
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> Lifecycle.advance(commented, Status.APPROVED, day("2025-03-01"), null));
        assertEquals(List.of("[L5] /x-comments/2: comment 3 is not answered: its decision is missing",
                "[L6] /x-comments/1/reason: comment 2 is marked \"not adopted\" but gives no reason"),
                e.shortfalls().stream().map(s -> s.line(Locale.ENGLISH)).toList());
        Catalog approved = Lifecycle.advance(consulted, Status.APPROVED, day("2025-03-01"), "审定");
        assertEquals(Status.APPROVED, approved.status());
        assertEquals(3, Lifecycle.transitions(approved).size());
    }

    @Test
    void commentsOfASheetAreRecordedWithTheirPositionsById() {
        Catalog c = Lifecycle.withComments(consulted(), List.of(
                new Comment("c.csv:2:1", "1", "某企业", "建议列为非常紧缺", List.of("光刻工艺工程师", "IC-001", "不存在的岗位"),
                        CommentDecision.PARTLY_ADOPTED, "已调整 IC-001"),
                new Comment("c.csv:3:1", "", "", "建议提高薪酬", List.of(), null, null)));
        assertEquals("[{\"no\":1,\"from\":\"某企业\",\"text\":\"建议列为非常紧缺\",\"positions\":[\"IC-002\",\"IC-001\",\"不存在的岗位\"],"
                + "\"decision\":\"PARTLY_ADOPTED\",\"reason\":\"已调整 IC-001\"},{\"no\":2,\"text\":\"建议提高薪酬\",\"decision\":null}]",
                c.extensions().get("x-comments").orElseThrow().toString());
        assertEquals(List.of("L5"), rules(c, Status.APPROVED, "2025-03-01"));
    }

    @Test
    void approvalNeedsEveryPositionLevelled() {
        Catalog c = consulted();
        Catalog unlevelled = c.withPositions(List.of(c.positions().get(0),
                c.positions().get(1).toBuilder().shortage(null).build()));
        assertEquals(List.of("R3"), rules(unlevelled, Status.APPROVED, "2025-03-01"));
    }

    @Test
    void publicationNeedsTheDateAndAnOfficialDocumentNumber() {
        Catalog approved = Lifecycle.advance(consulted(), Status.APPROVED, day("2025-03-01"), null);
        assertEquals(List.of("R5", "R5"), rules(approved, Status.PUBLISHED, "2025-03-15"));
        Catalog numbered = approved.toBuilder().documentNumber("2025年第12号")
                .edition(approved.edition().withPublishedOn(day("2025-03-15"))).build();
        assertEquals(List.of("R16"), rules(numbered, Status.PUBLISHED, "2025-03-15"));
        Catalog ready = numbered.toBuilder().documentNumber("沪人社力〔2025〕12号").build();
        Catalog published = Lifecycle.advance(ready, Status.PUBLISHED, day("2025-03-15"), "联合发文");
        assertEquals(Status.PUBLISHED, published.status());
        assertEquals(List.of(Status.EXPERT_REVIEW, Status.PUBLIC_CONSULTATION, Status.APPROVED, Status.PUBLISHED),
                Lifecycle.transitions(published).stream().map(Transition::to).toList());
    }

    @Test
    void aMoveIsNotDatedBeforeTheLastOne() {
        Catalog reviewed = Lifecycle.advance(Fixtures.draft(), Status.EXPERT_REVIEW, day("2025-01-05"), null);
        assertEquals(List.of("L2"), rules(reviewed, Status.DRAFT, "2025-01-04"));
        assertEquals(Status.DRAFT, Lifecycle.advance(reviewed, Status.DRAFT, day("2025-01-05"), "退回修改").status());
    }

    @Test
    void withdrawalNeedsNothingButAnAllowedMove() {
        Catalog broken = Fixtures.draft().toBuilder().status(Status.PUBLIC_CONSULTATION).build();
        assertEquals(Status.WITHDRAWN, Lifecycle.advance(broken, Status.WITHDRAWN, day("2025-01-05"), "撤回").status());
        Catalog withdrawn = Lifecycle.advance(broken, Status.WITHDRAWN, day("2025-01-05"), null);
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> Lifecycle.advance(withdrawn, Status.DRAFT, day("2025-01-06"), null));
        assertEquals("[L1] /status: 不能从“已撤回”转为“编制中”：该状态不再变更", e.shortfalls().get(0).line(Locale.CHINESE));
    }

    @Test
    void aMalformedRecordIsReportedAtItsPlace() {
        Catalog c = Fixtures.draft().toBuilder().extensions(Fixtures.draft().extensions().with("x-transitions",
                JSON.arrayNode().add(JSON.objectNode().put("from", "DRAFT").put("to", "NOWHERE").put("date", "2025-01-01")))).build();
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> Lifecycle.advance(c, Status.EXPERT_REVIEW, day("2025-01-05"), null));
        assertEquals("[L0] /x-transitions/0/to: item 0: to is invalid: \"NOWHERE\" (x-transitions)",
                e.shortfalls().get(0).line(Locale.ENGLISH));
    }
}
