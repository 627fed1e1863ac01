package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.schema.Fixtures.arr;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/**
 * A rule that throws is reported as an error of that rule, and the others run on; a rule learns
 * whether every position could be bound.
 */
class RuleFailureTest {

    /** A streaming rule that notes each position and fails where told. */
    private static final class Fragile implements StreamingRule {
        final boolean failAtStart;
        final IntPredicate failAt;
        final List<Integer> seen = new ArrayList<>();

        Fragile(boolean failAtStart, IntPredicate failAt) {
            this.failAtStart = failAtStart;
            this.failAt = failAt;
        }

        @Override
        public String id() {
            return "X-FRAGILE";
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public Session start(RuleContext ctx) {
            if (failAtStart) {
                throw new IllegalStateException("no start");
            }
            return new Session() {
                @Override
                public void position(int index, Position p) {
                    seen.add(index);
                    if (failAt.test(index)) {
                        throw new IllegalArgumentException("position " + index);
                    }
                }

                @Override
                public void finish(Catalog header, int positions) {
                    ctx.report("", "完整: " + ctx.complete(), "complete: " + ctx.complete());
                    if (failAt.test(-1)) {
                        throw new IllegalStateException("at the end");
                    }
                }
            };
        }
    }

    private static ValidationReport run(Rule rule, ObjectNode doc) {
        return CatalogValidator.builder().addRule(rule).build().validateText(doc.toPrettyString());
    }

    private static ObjectNode brokenDocument() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").put("industry", "BIOMEDICINE");
        return doc;
    }

    private static void failedOnce(ValidationReport report, String what) {
        List<Issue> failures = report.issues("X-FRAGILE").stream().filter(i -> i.severity() == Severity.ERROR).toList();
        assertEquals(1, failures.size(), report.issues()::toString);
        Issue failure = failures.get(0);
        assertEquals(Layer.EMBEDDER, failure.layer());
        assertEquals("", failure.pointer());
        assertTrue(failure.message(Locale.ENGLISH).startsWith("rule X-FRAGILE failed: "), failure.message(Locale.ENGLISH));
        assertTrue(failure.message(Locale.ENGLISH).contains(what), failure.message(Locale.ENGLISH));
        assertTrue(failure.message(Locale.CHINESE).startsWith("规则 X-FRAGILE 执行失败: "), failure.message(Locale.CHINESE));
        assertFalse(report.valid());
        assertEquals(1, report.issues("R9").size(), "the other rules ran");
    }

    @Test
    void aRuleThatCannotStartIsAnErrorOfThatRule() {
        failedOnce(run(new Fragile(true, i -> false), brokenDocument()), "no start");
    }

    @Test
    void aRuleThatFailsAtAPositionSeesNoMoreOfTheDocument() {
        Fragile rule = new Fragile(false, i -> i == 0);
        ValidationReport report = run(rule, brokenDocument());
        failedOnce(report, "position 0");
        assertEquals(List.of(0), rule.seen);
        assertEquals(1, report.issues("X-FRAGILE").size(), "its end is not reached");
    }

    @Test
    void aRuleThatFailsAtTheEndKeepsWhatItReportedBefore() {
        ValidationReport report = run(new Fragile(false, i -> i < 0), brokenDocument());
        failedOnce(report, "at the end");
        assertEquals(List.of("complete: true"), report.issues("X-FRAGILE").stream()
                .filter(i -> i.severity() == Severity.INFO).map(i -> i.message(Locale.ENGLISH)).toList());
    }

    @Test
    void aPlainRuleThatThrowsIsAnErrorOfThatRule() {
        Rule plain = new Rule() {
            @Override
            public String id() {
                return "X-FRAGILE";
            }

            @Override
            public Severity severity() {
                return Severity.WARNING;
            }

            @Override
            public void check(Catalog c, RuleContext ctx) {
                throw new UnsupportedOperationException("plain " + c.positions().size());
            }
        };
        failedOnce(run(plain, brokenDocument()), "plain 2");
    }

    @Test
    void aRuleLearnsWhetherEveryPositionCouldBeBound() {
        Fragile rule = new Fragile(false, i -> false);
        ObjectNode doc = tree();
        arr(doc, "/positions").insert(1, 42);
        ValidationReport report = run(rule, doc);
        assertEquals(List.of(0, 2), rule.seen, "by their index in the document");
        assertEquals("complete: false", report.issues("X-FRAGILE").get(0).message(Locale.ENGLISH));
        assertEquals("完整: true", run(new Fragile(false, i -> false), tree()).issues("X-FRAGILE").get(0)
                .message(Locale.CHINESE));
    }
}
