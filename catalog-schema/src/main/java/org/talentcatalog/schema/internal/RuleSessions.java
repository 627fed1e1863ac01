package org.talentcatalog.schema.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.internal.rules.BuiltInRules;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/**
 * Runs every rule over one document: streaming rules through their sessions as positions arrive,
 * plain rules once at the end over the bound positions (which are then kept for them). A rule that
 * throws is reported as an error of that rule, never passed on. Not thread-safe: one per document.
 */
final class RuleSessions {

    private final List<Run> streaming = new ArrayList<>();
    private final List<Rule> plain = new ArrayList<>();
    private final List<Position> kept = new ArrayList<>();
    private final List<Integer> keptIndex = new ArrayList<>();
    private final ReferenceLists references;
    private final IssueCollector sink;
    private boolean complete = true;

    RuleSessions(List<Rule> rules, ReferenceLists references, IssueCollector sink) {
        this.references = references;
        this.sink = sink;
        for (Rule rule : rules) {
            if (rule instanceof StreamingRule s) {
                Context ctx = new Context(rule, null);
                try {
                    streaming.add(new Run(rule, s.start(ctx)));
                } catch (RuntimeException e) {
                    failed(rule, e);
                }
            } else {
                plain.add(rule);
            }
        }
    }

    /** A position at its document index was bound. */
    void position(int index, Position p) {
        for (Run run : streaming) {
            if (run.session == null) {
                continue;
            }
            try {
                run.session.position(index, p);
            } catch (RuntimeException e) {
                failed(run.rule, e);
                run.session = null;
            }
        }
        if (!plain.isEmpty()) {
            kept.add(p);
            keptIndex.add(index);
        }
    }

    /** A position could not be bound. */
    void unbound() {
        complete = false;
    }

    /** The end of the document. */
    void finish(Catalog header, int positions) {
        Catalog bare = header.withPositions(List.of());
        for (Run run : streaming) {
            if (run.session == null) {
                continue;
            }
            try {
                run.session.finish(bare, positions);
            } catch (RuntimeException e) {
                failed(run.rule, e);
            }
        }
        Catalog withKept = plain.isEmpty() ? bare : header.withPositions(kept);
        for (Rule rule : plain) {
            try {
                rule.check(withKept, new Context(rule, keptIndex));
            } catch (RuntimeException e) {
                failed(rule, e);
            }
        }
    }

    /** The standard rules report in the rule layer; any other rule was added by an embedder. */
    private static Layer layerOf(Rule rule) {
        for (Rule standard : BuiltInRules.all()) {
            if (standard.getClass() == rule.getClass()) {
                return Layer.RULE;
            }
        }
        return Layer.EMBEDDER;
    }

    private void failed(Rule rule, RuntimeException e) {
        sink.add(Finding.of(Issue.of(Severity.ERROR, layerOf(rule), rule.id(), "", Messages.RULE_FAILED.text(rule.id(), e))));
    }

    /** One streaming rule and its session (null once it failed). */
    private static final class Run {
        final Rule rule;
        StreamingRule.Session session;

        Run(Rule rule, StreamingRule.Session session) {
            this.rule = rule;
            this.session = session;
        }
    }

    /**
     * The context of one rule. For a plain rule that saw only the bound positions, its pointers
     * {@code /positions/k/…} are mapped back to document indices.
     */
    private final class Context implements RuleContext {
        private final Rule rule;
        private final Layer layer;
        private final List<Integer> index;

        Context(Rule rule, List<Integer> index) {
            this.rule = rule;
            this.layer = layerOf(rule);
            this.index = index;
        }

        @Override
        public CodeLists codeLists() {
            return references.codeLists();
        }

        @Override
        public OccupationCodes occupationCodes() {
            return references.occupations();
        }

        @Override
        public IndustryClasses industryClasses() {
            return references.industryClasses();
        }

        @Override
        public boolean complete() {
            return complete;
        }

        @Override
        public void report(String pointer, LocalizedText message) {
            sink.add(Finding.of(Issue.of(rule.severity(), layer, rule.id(), remap(pointer), message)));
        }

        private String remap(String pointer) {
            if (index == null || pointer == null || !pointer.startsWith("/positions/")) {
                return pointer;
            }
            int start = "/positions/".length();
            int end = pointer.indexOf('/', start);
            String k = end < 0 ? pointer.substring(start) : pointer.substring(start, end);
            try {
                int original = index.get(Integer.parseInt(k));
                return "/positions/" + original + (end < 0 ? "" : pointer.substring(end));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return pointer;
            }
        }
    }
}
