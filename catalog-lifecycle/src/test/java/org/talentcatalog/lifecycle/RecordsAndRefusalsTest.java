package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Status;

/**
 * The recorded lifecycle members read back with each malformed item reported at its pointer, and the
 * refusals' own wording: no status, a date before the last move (at the last move's pointer), and
 * what a withdrawal still checks.
 */
class RecordsAndRefusalsTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static Catalog with(Catalog c, String member, JsonNode value) {
        return c.toBuilder().extensions(c.extensions().with(member, value)).build();
    }

    private static List<String> lines(Catalog c, Status target, String on) {
        return Lifecycle.missing(c, target, LocalDate.parse(on)).stream().map(s -> s.line(Locale.ENGLISH)).toList();
    }

    @Test
    void aCatalogWithoutAStatusCannotMove() {
        Catalog none = Fixtures.draft().toBuilder().status(null).build();
        assertEquals(List.of("[L1] /status: the catalog has no status, so it cannot change"),
                lines(none, Status.EXPERT_REVIEW, "2025-01-05"));
    }

    @Test
    void aMoveDatedBeforeTheLastIsReportedAtTheLastMove() {
        Catalog c = Lifecycle.advance(Fixtures.draft(), Status.EXPERT_REVIEW, LocalDate.parse("2025-01-05"), null);
        c = Lifecycle.advance(c, Status.DRAFT, LocalDate.parse("2025-01-07"), "退回");
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> Lifecycle.advance(Lifecycle.advance(Fixtures.draft(), Status.EXPERT_REVIEW, LocalDate.parse("2025-01-05"),
                        null), Status.DRAFT, LocalDate.parse("2025-01-04"), null));
        assertEquals(Status.DRAFT, e.target());
        assertEquals("[L2] /x-transitions/0/date: the date 2025-01-04 is before the date of the last status change, 2025-01-05",
                e.getMessage());
        assertEquals(List.of("[L2] /x-transitions/1/date: the date 2025-01-06 is before the date of the last status change, "
                + "2025-01-07"), lines(c, Status.WITHDRAWN, "2025-01-06"), "a withdrawal too is dated after the last move");
    }

    @Test
    void aWithdrawalDoesNotAskForAValidCatalog() {
        Catalog c = Fixtures.draft();
        Catalog broken = c.withPositions(List.of(c.positions().get(0), c.positions().get(0)));
        assertTrue(Lifecycle.missing(broken, Status.EXPERT_REVIEW, LocalDate.parse("2025-01-05")).stream()
                .anyMatch(s -> s.rule().startsWith("R")), "two positions with one id is an error");
        assertEquals(List.of(), Lifecycle.missing(broken, Status.WITHDRAWN, LocalDate.parse("2025-01-05")));
    }

    @Test
    void malformedTransitionsAreEachReportedAtTheirPointer() {
        Catalog c = Fixtures.draft();
        assertEquals(List.of("[L0] /x-transitions: x-transitions must be an array (format 1.1)"),
                lines(with(c, "x-transitions", JSON.textNode("DRAFT")), Status.EXPERT_REVIEW, "2025-01-05"));
        assertEquals(List.of(), lines(with(c, "x-transitions", JSON.nullNode()), Status.EXPERT_REVIEW, "2025-01-05"));
        assertEquals(List.of("[L0] /x-transitions/0: item 0 of x-transitions must be an object",
                "[L0] /x-transitions/1/date: item 1: date is invalid: \"2025-13-01\" (x-transitions)",
                "[L0] /x-transitions/2/from: item 2: from is invalid: null (x-transitions)"),
                lines(with(c, "x-transitions", JSON.arrayNode().add(1)
                        .add(JSON.objectNode().put("from", "DRAFT").put("to", "EXPERT_REVIEW").put("date", "2025-13-01"))
                        .add(JSON.objectNode().put("to", "EXPERT_REVIEW").put("date", "2025-01-01"))),
                        Status.EXPERT_REVIEW, "2025-01-05").stream().filter(l -> l.startsWith("[L0]")).toList(),
                "the schema reports them too, in its own words");
        Catalog partial = with(c, "x-transitions", JSON.arrayNode()
                .add(JSON.objectNode().put("from", "DRAFT").put("to", "EXPERT_REVIEW").put("date", "2025-01-01").put("note", 5))
                .add(JSON.objectNode().put("from", "DRAFT").put("to", "EXPERT_REVIEW")));
        assertEquals(List.of(new Transition(Status.DRAFT, Status.EXPERT_REVIEW, LocalDate.parse("2025-01-01"), null)),
                Lifecycle.transitions(partial), "an item without a date is left out; a note that is no text is none");
    }

    @Test
    void malformedOrUnansweredCommentsAreReportedAtTheirPointer() {
        Catalog c = TransitionsTest.consulted();
        Catalog commented = with(c, "x-comments", JSON.arrayNode()
                .add("建议")
                .add(JSON.objectNode().put("text", "建议提高薪酬"))
                .add(JSON.objectNode().put("no", 8).put("text", "建议").put("decision", "MAYBE"))
                .add(JSON.objectNode().put("text", "建议").put("decision", "PARTLY_ADOPTED").put("reason", " "))
                .add(JSON.objectNode().put("text", "建议").put("decision", "NOT_ADOPTED").put("reason", 3)));
        assertEquals(List.of("[L0] /x-comments/0: item 0 of x-comments must be an object",
                "[L5] /x-comments/1: comment 2 is not answered: its decision is missing",
                "[L0] /x-comments/2/decision: item 2: decision is invalid: \"MAYBE\" (x-comments)",
                "[L6] /x-comments/3/reason: comment 4 is marked \"partly adopted\" but gives no reason",
                "[L6] /x-comments/4/reason: comment 5 is marked \"not adopted\" but gives no reason"),
                lines(commented, Status.APPROVED, "2025-03-01").stream().filter(l -> l.startsWith("[L")).toList());
        assertEquals(List.of("[L0] /x-comments: x-comments must be an array (format 1.1)"),
                lines(with(c, "x-comments", JSON.objectNode()), Status.APPROVED, "2025-03-01").stream()
                        .filter(l -> l.startsWith("[L")).toList());
    }

    @Test
    void aCommentNumberThatIsNoSmallPositiveIntegerIsReplacedByItsPlace() {
        Catalog c = Lifecycle.withComments(Fixtures.draft(), List.of(
                new Comment("c.csv:2:1", "第一", "", "建议", List.of(), null, null),
                new Comment("c.csv:3:1", "0", "", "建议", List.of(), null, null),
                new Comment("c.csv:4:1", "1234567890", "", "建议", List.of(), null, null),
                new Comment("c.csv:5:1", "12", "", "建议", List.of(), null, null)));
        JsonNode items = c.extensions().get("x-comments").orElseThrow();
        assertEquals(List.of(1, 2, 3, 12), List.of(items.get(0).get("no").intValue(), items.get(1).get("no").intValue(),
                items.get(2).get("no").intValue(), items.get(3).get("no").intValue()));
    }

    @Test
    void theRefusalsCarryTheirPlaceAndText() {
        assertThrows(IllegalArgumentException.class, () -> new TransitionRefusedException(Status.APPROVED, List.of()));
        Shortfall top = new Shortfall("L9", "", LocalizedText.of("整体", "whole"));
        assertEquals("[L9] /: whole", top.line(Locale.ENGLISH));
        assertEquals("[L9] /: 整体", top.line(null));
        LifecycleInputException e = new LifecycleInputException("f.json", LocalizedText.of("坏", "bad"));
        assertEquals("f.json: bad", e.getMessage());
        assertEquals("坏", e.text().zh());
    }
}
