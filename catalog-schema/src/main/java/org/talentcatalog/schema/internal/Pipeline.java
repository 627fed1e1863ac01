package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.schema.Issue;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.Severity;
import org.talentcatalog.schema.SourceMap;
import org.talentcatalog.schema.ValidationReport;

/**
 * Validation of a document already in memory as a tree (a table read into JSON, say), and of
 * catalogs built in code: the header and each position through {@link Parts}, then the rules.
 * Documents read from text stream through {@link StreamPipeline} instead. One per run.
 */
public final class Pipeline {

    private final Parts parts;
    private final List<Rule> rules;
    private final ReferenceLists lists;

    /** A run with the given layers and settings. */
    public Pipeline(SchemaLayer schema, ModelLayer model, List<Rule> rules, ReferenceLists lists) {
        this.parts = new Parts(schema, model);
        this.rules = rules;
        this.lists = lists;
    }

    /**
     * Validates a document given as a tree (read from a table, say): the reader's issues first, then
     * the schema, model and rules layers; each issue is placed at the cell of its fault. A value the
     * reader reports an error about (at its pointer) was not read: the rules judge neither it nor its
     * absence, its read error stands for it.
     */
    public ValidationReport run(JsonNode root, SourceMap sources, List<Issue> readIssues, int maxIssues) {
        IssueCollector c = new IssueCollector(maxIssues);
        Unbound unread = new Unbound();
        for (Issue i : readIssues) {
            c.add(Finding.of(i));
            if (i.severity() == Severity.ERROR && i.pointer() != null) {
                if (root.at(i.pointer()).isMissingNode()) {
                    unread.add(i.pointer());
                } else {
                    unread.addPresent(i.pointer());
                }
            }
        }
        check(root, c, unread);
        List<Issue> placed = new ArrayList<>();
        for (Finding f : c.findings()) {
            Issue i = f.issue();
            String at = i.cell() != null ? i.cell() : f.fault() == null ? null : sources.cell(f.fault());
            placed.add(at == null ? i : i.inCell(at));
        }
        return c.report(placed);
    }

    /**
     * Checks a document tree: schema, model and rules layers, findings into {@code c}; the rules'
     * findings about {@code unread} values are left out.
     */
    void check(JsonNode root, IssueCollector c, Unbound unread) {
        JsonNode positions = root.isObject() ? root.get("positions") : null;
        boolean array = positions != null && positions.isArray();
        JsonNode headerNode = root;
        if (array) {
            ObjectNode header = JsonNodeFactory.instance.objectNode();
            header.setAll((ObjectNode) root);
            header.set("positions", JsonNodeFactory.instance.arrayNode());
            headerNode = header;
        }
        Parts.Outcome<Catalog> header = parts.header(headerNode);
        header.findings().forEach(c::add);
        if (header.bound() == null) {
            return; // not an object: the schema layer said so, nothing more is true
        }
        Unbound unbound = new Unbound();
        unbound.addAll(unread);
        unbound.addAll(header.unbound());
        IssueCollector ruleSink = new SuppressingCollector(c, unbound);
        RuleSessions sessions = new RuleSessions(rules, lists, ruleSink);
        int count = array ? positions.size() : 0;
        for (int i = 0; i < count; i++) {
            Parts.Outcome<Position> one = parts.position(positions.get(i), i);
            one.findings().forEach(c::add);
            unbound.addAll(one.unbound());
            if (one.bound() == null) {
                sessions.unbound();
            } else {
                sessions.position(i, one.bound());
            }
        }
        sessions.finish(header.bound(), count);
    }

    /** Checks a catalog built in code: model and rules layers. */
    public void checkCatalog(Catalog catalog, ModelLayer model, IssueCollector c) {
        model.validate(catalog, "").forEach(c::add);
        RuleSessions sessions = new RuleSessions(rules, lists, c);
        for (int i = 0; i < catalog.positions().size(); i++) {
            sessions.position(i, catalog.positions().get(i));
        }
        sessions.finish(catalog, catalog.positions().size());
    }
}
