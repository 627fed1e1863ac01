package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.model.internal.JsonSource;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.model.internal.LocatedTree;
import org.talentcatalog.model.internal.LocatedTrees;
import org.talentcatalog.schema.Issue;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.Severity;
import org.talentcatalog.schema.ValidationReport;

/**
 * Validation of a JSON document as it streams: the catalog header is gathered member by member, and
 * each position is read, checked (schema, binding, model — several at a time on a worker pool),
 * located and handed to the rules in document order, then forgotten. Memory grows with the header,
 * the rules' compact state and the issues kept, not with the positions, so a catalog of any size
 * fits a small heap. Issues found only at the end (rules about the whole catalog) are located in a
 * second streaming pass. One per run.
 */
public final class StreamPipeline {

    private final Parts parts;
    private final List<Rule> rules;
    private final ReferenceLists lists;
    private final ReadLimits limits;
    private final JsonTrees trees;
    private final int maxIssues;
    private final int workers;

    /**
     * @param workers threads that check positions side by side (1 = on the caller's thread)
     */
    public StreamPipeline(SchemaLayer schema, ModelLayer model, List<Rule> rules, ReferenceLists lists,
            ReadLimits limits, int maxIssues, int workers) {
        this.parts = new Parts(schema, model);
        this.rules = rules;
        this.lists = lists;
        this.limits = limits;
        this.trees = new JsonTrees(limits);
        this.maxIssues = maxIssues;
        this.workers = workers;
    }

    /** Validates a document. */
    public ValidationReport run(JsonSource source) {
        IssueCollector c = new IssueCollector(maxIssues);
        Reader reader;
        try {
            reader = source.open(limits);
        } catch (CatalogJsonException e) {
            c.add(Finding.of(readIssue(e)));
            return c.report(c.issues());
        }
        Run run = new Run(c);
        try (JsonParser p = trees.mapper().createParser(reader); PositionWindow window = new PositionWindow(workers)) {
            if (source.hadBom()) {
                c.add(Finding.of(new Issue(Severity.WARNING, "read:bom", "", 1, 1, Messages.READ_BOM.text())));
            }
            try {
                run.read(p, window);
            } catch (IOException | RuntimeException e) {
                run.failureAt = p.currentLocation(); // before closing moves it
                throw e;
            }
        } catch (StreamConstraintsException e) {
            run.failed(located("read:limit", run.failureAt != null ? run.failureAt : e.getLocation(),
                    Messages.READ_LIMIT.text(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            String what = firstLine(e.getOriginalMessage());
            boolean duplicate = e.getOriginalMessage().startsWith("Duplicate field");
            run.failed(located(duplicate ? "read:duplicateKey" : "read:syntax", e.getLocation() != null ? e.getLocation() : run.failureAt, duplicate
                    ? Messages.READ_DUPLICATE_KEY.text(what)
                    : Messages.READ_SYNTAX.text(what)));
        } catch (CharacterCodingException e) {
            CatalogJsonException problem = source.encodingProblem();
            run.failed(problem == null ? Issue.at(Severity.ERROR, "read:encoding", null,
                    Messages.READ_ENCODING.text()) : readIssue(problem));
        } catch (IOException e) {
            run.failed(Issue.at(Severity.ERROR, "read:io", null,
                    Messages.READ_IO.text(e.getMessage())));
        } catch (CatalogJsonException e) {
            run.failed(readIssue(e));
        }
        return c.report(locateRest(source, c.issues(), run.readFailed));
    }

    /** The state of one run over one document. */
    private final class Run {
        final IssueCollector c;
        final Unbound unbound = new Unbound();
        final ObjectNode header = JsonNodeFactory.instance.objectNode();
        final Map<String, LocatedTree> headerMembers = new HashMap<>();
        long rootAt = -1;
        long positionsAt = -1;
        /** Locates header pointers: the root, the positions array, and inside each header member. */
        final Locator headerAt = pointer -> {
            if (pointer.isEmpty()) {
                return rootAt;
            }
            if (pointer.equals("/positions")) {
                return positionsAt;
            }
            int end = pointer.indexOf('/', 1);
            String member = JsonPointers.unescape(end < 0 ? pointer.substring(1) : pointer.substring(1, end));
            LocatedTree tree = headerMembers.get(member);
            return tree == null ? -1 : tree.locate(end < 0 ? "" : pointer.substring(end));
        };
        final Locating locating;
        RuleSessions sessions;
        JsonLocation failureAt;
        int count;
        boolean readFailed;

        Run(IssueCollector c) {
            this.c = c;
            this.locating = new Locating(c);
        }

        void read(JsonParser p, PositionWindow window) throws IOException {
            JsonToken first = p.nextToken();
            if (first == null) {
                c.add(Finding.of(new Issue(Severity.ERROR, "read:empty", null, 1, 1,
                        Messages.READ_EMPTY.text())));
                readFailed = true;
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                LocatedTree root = LocatedTrees.read(p);
                requireEnd(p);
                parts.header(root.node()).findings().forEach(f -> c.add(place(f, root::locate)));
                return;
            }
            JsonLocation start = p.currentTokenLocation();
            rootAt = LocatedTrees.pack(start.getLineNr(), start.getColumnNr());
            sessions = new RuleSessions(rules, lists, new SuppressingCollector(locating, unbound));
            boolean positionsSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("positions".equals(name) && t == JsonToken.START_ARRAY && !positionsSeen) {
                    positionsSeen = true;
                    JsonLocation at = p.currentTokenLocation();
                    positionsAt = LocatedTrees.pack(at.getLineNr(), at.getColumnNr());
                    header.set(name, JsonNodeFactory.instance.arrayNode());
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int index = count++;
                        LocatedTree tree = LocatedTrees.read(p);
                        window.submit(() -> new Checked(index, parts.position(tree.node(), index), tree), this::accept);
                    }
                } else {
                    LocatedTree member = LocatedTrees.read(p);
                    headerMembers.put(name, member);
                    header.set(name, member.node());
                }
            }
            requireEnd(p);
            window.drain(this::accept);
            Parts.Outcome<Catalog> outcome = parts.header(header);
            outcome.findings().forEach(f -> c.add(place(f, headerAt)));
            unbound.addAll(outcome.unbound());
            if (outcome.bound() != null) {
                locating.current = headerAt;
                sessions.finish(outcome.bound(), count);
            }
        }

        /** A checked position, in document order: its findings, then the rules. */
        void accept(Checked done) {
            String base = "/positions/" + done.index;
            Locator at = pointer -> pointer.startsWith(base)
                    && (pointer.length() == base.length() || pointer.charAt(base.length()) == '/')
                    ? done.tree.locate(pointer.substring(base.length())) : -1;
            done.outcome.findings().forEach(f -> c.add(place(f, at)));
            unbound.addAll(done.outcome.unbound());
            Position p = done.outcome.bound();
            if (p == null) {
                sessions.unbound();
                return;
            }
            // Rule findings about this position are located right away from its own locations.
            locating.current = at;
            sessions.position(done.index, p);
        }

        void failed(Issue issue) {
            readFailed = true;
            c.add(Finding.of(issue));
        }

        private void requireEnd(JsonParser p) throws IOException {
            if (p.nextToken() != null) {
                throw new JsonProcessingException("unexpected content after the JSON value", p.currentTokenLocation()) {
                    private static final long serialVersionUID = 1L;
                };
            }
        }
    }

    /** Places each finding with the locations of the part being checked, then passes it on. */
    private static final class Locating extends IssueCollector {
        private final IssueCollector target;
        Locator current = pointer -> -1;

        Locating(IssueCollector target) {
            this.target = target;
        }

        @Override
        public void add(Finding f) {
            target.add(place(f, current));
        }

        @Override
        public boolean schemaCovers(String pointer) {
            return target.schemaCovers(pointer);
        }
    }

    /** One position after its checks on a worker. */
    record Checked(int index, Parts.Outcome<Position> outcome, LocatedTree tree) {
    }

    /** Where a pointer's value starts (packed line and column), or -1 when unknown. */
    @FunctionalInterface
    interface Locator {
        long locate(String pointer);
    }

    /** The finding at its line and column, when {@code at} knows its pointer. */
    static Finding place(Finding f, Locator at) {
        Issue i = f.issue();
        if (i.line() != null || i.pointer() == null) {
            return f;
        }
        long packed = at.locate(i.pointer());
        return packed < 0 ? f : new Finding(i.locatedAt(LocatedTrees.line(packed), LocatedTrees.column(packed)), f.fault());
    }

    /** Locates, in one more streaming pass, the issues still without a line. */
    private List<Issue> locateRest(JsonSource source, List<Issue> issues, boolean readFailed) {
        Set<String> wanted = new HashSet<>();
        for (Issue i : issues) {
            if (i.pointer() != null && i.line() == null) {
                wanted.add(i.pointer());
            }
        }
        if (wanted.isEmpty() || readFailed) {
            return issues;
        }
        Map<String, int[]> found;
        try {
            found = JsonPointers.locate(trees.mapper(), source.open(limits), wanted);
        } catch (CatalogJsonException e) {
            return issues;
        }
        List<Issue> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            int[] lc = i.pointer() == null || i.line() != null ? null : found.get(i.pointer());
            out.add(lc == null ? i : i.locatedAt(lc[0], lc[1]));
        }
        return out;
    }

    private static Issue readIssue(CatalogJsonException e) {
        return new Issue(Severity.ERROR, e.problem(), e.pointer(), e.line() > 0 ? e.line() : null,
                e.column() > 0 ? e.column() : null, e.text());
    }

    private static Issue located(String rule, JsonLocation at, LocalizedText text) {
        Integer line = at == null || at.getLineNr() <= 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() <= 0 ? null : at.getColumnNr();
        return new Issue(Severity.ERROR, rule, null, line, column, text);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
