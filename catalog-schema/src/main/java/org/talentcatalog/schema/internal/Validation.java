package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Issue;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.schema.spi.Rule;

/**
 * The one validation run, whatever the {@link DocumentSource}: each position is checked (schema,
 * binding, Bean Validation; several side by side on the executor, in a bounded window), placed with
 * its locator and handed to the rules in document order, then forgotten; the header follows, then
 * the rules' end of the document. A value that could not be bound or read is judged by no rule.
 * Memory grows with the header, the rules' compact state and the issues kept, not with the
 * positions. Immutable and thread-safe: one per validator, any number of runs at once.
 */
public final class Validation {

    private final Parts parts;
    private final List<Rule> rules;
    private final ReferenceLists lists;
    private final int maxIssues;
    private final Executor executor;
    private final int workers;

    /**
     * Builds the layers: the Bean Validation engine starts on {@code executor} while the schema
     * compiles on this thread (or here too, when the executor has not started it by then).
     *
     * @param workers positions of one document checked at once (1 = all on the caller's thread)
     */
    public Validation(List<Rule> rules, ReferenceLists lists, int maxIssues, Executor executor, int workers) {
        FutureTask<ModelLayer> model = new FutureTask<>(ModelLayer::new);
        try {
            executor.execute(model);
        } catch (RejectedExecutionException e) {
            // built below, on this thread
        }
        SchemaLayer schema = new SchemaLayer();
        model.run(); // does nothing if the executor has started it
        this.parts = new Parts(schema, Futures.await(model));
        this.rules = List.copyOf(rules);
        this.lists = lists;
        this.maxIssues = maxIssues;
        this.executor = executor;
        this.workers = workers;
    }

    /** Validates one document. */
    public ValidationReport run(DocumentSource source) {
        Run run = new Run();
        try (PositionWindow<Checked> window = new PositionWindow<>(executor, workers)) {
            run.window = window;
            source.read(run);
            window.drain(run::accept); // after a read failure: the positions read before it
        }
        return run.c.report(source.placeRest(run.c.findings()));
    }

    /** One position after its checks, and where its values are. */
    private record Checked(int index, Parts.Outcome<Position> outcome, Locator at) {
    }

    /** The state of one run over one document. */
    private final class Run implements DocumentSource.Sink {
        final IssueCollector c = new IssueCollector(maxIssues);
        final Unbound unbound = new Unbound();
        final Locating locating = new Locating(c);
        PositionWindow<Checked> window;
        RuleSessions sessions;
        int count;

        @Override
        public void problem(Issue issue) {
            c.add(Finding.of(issue));
        }

        @Override
        public void unread(String pointer, boolean present) {
            if (present) {
                unbound.addPresent(pointer);
            } else {
                unbound.add(pointer);
            }
        }

        @Override
        public void position(int index, JsonNode position, Locator at) {
            count = index + 1;
            window.submit(() -> new Checked(index, parts.position(position, index), at), this::accept);
        }

        /** A checked position, in document order: its findings, then the rules. */
        void accept(Checked done) {
            done.outcome().findings().forEach(f -> c.add(done.at().place(f)));
            unbound.addAll(done.outcome().unbound());
            Position p = done.outcome().bound();
            if (p == null) {
                sessions().unbound();
                return;
            }
            // Rule findings about this position are placed right away, with its own locator.
            locating.current = done.at();
            sessions().position(done.index(), p);
        }

        @Override
        public void header(JsonNode header, Locator at) {
            window.drain(this::accept);
            Parts.Outcome<Catalog> outcome = parts.header(header);
            outcome.findings().forEach(f -> c.add(at.place(f)));
            unbound.addAll(outcome.unbound());
            if (outcome.bound() != null) { // else not an object: the schema layer said so, nothing more is true
                locating.current = at;
                sessions().finish(outcome.bound(), count);
            }
        }

        private RuleSessions sessions() {
            if (sessions == null) {
                sessions = new RuleSessions(rules, lists, new SuppressingCollector(locating, unbound));
            }
            return sessions;
        }
    }

    /** Places each finding with the locator of the part being checked, then passes it on. */
    private static final class Locating extends IssueCollector {
        private final IssueCollector target;
        Locator current = Locator.NOWHERE;

        Locating(IssueCollector target) {
            this.target = target;
        }

        @Override
        public void add(Finding f) {
            target.add(current.place(f));
        }

        @Override
        public boolean schemaCovers(String pointer) {
            return target.schemaCovers(pointer);
        }
    }
}
