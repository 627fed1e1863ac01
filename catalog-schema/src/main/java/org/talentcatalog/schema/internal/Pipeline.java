package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.CatalogBinder;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.model.internal.JsonText;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.model.internal.Lenience;
import org.talentcatalog.schema.Issue;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.Severity;
import org.talentcatalog.schema.ValidationReport;

/**
 * One validation run: read → schema → model → rules, then one locating pass. The catalog header
 * (everything but {@code positions}) and each position are checked separately, so a broken position
 * does not stop the others from being checked, and issue pointers stay exact. One per run.
 */
public final class Pipeline {

    private final SchemaLayer schema;
    private final ModelLayer model;
    private final List<Rule> rules;
    private final CodeLists codeLists;
    private final JsonTrees trees;
    private final int maxIssues;

    /** A run with the given layers and settings. */
    public Pipeline(SchemaLayer schema, ModelLayer model, List<Rule> rules, CodeLists codeLists, ReadLimits limits,
            int maxIssues) {
        this.schema = schema;
        this.model = model;
        this.rules = rules;
        this.codeLists = codeLists;
        this.trees = new JsonTrees(limits);
        this.maxIssues = maxIssues;
    }

    /** Validates a decoded document. */
    public ValidationReport run(JsonText text) {
        IssueCollector c = new IssueCollector(maxIssues);
        if (text.hadBom()) {
            c.add(Finding.of(new Issue(Severity.WARNING, "read:bom", "", 1, 1, LocalizedText.of(
                    "文件以字节顺序标记 (BOM) 开头；交换格式要求不带 BOM 的 UTF-8",
                    "the file starts with a byte order mark (BOM); the exchange format is UTF-8 without one"))));
        }
        JsonNode root;
        try {
            root = trees.parse(text.text());
        } catch (CatalogJsonException e) {
            c.add(Finding.of(new Issue(Severity.ERROR, e.problem(), null, e.line() > 0 ? e.line() : null,
                    e.column() > 0 ? e.column() : null, e.text())));
            return c.report(c.issues());
        }
        check(root, c);
        return c.report(locate(text.text(), c.issues()));
    }

    /**
     * Validates a document given as a tree (read from a table, say): the reader's issues first, then
     * the schema, model and rules layers; each issue is placed at the cell of its fault.
     */
    public ValidationReport run(JsonNode root, org.talentcatalog.schema.SourceMap sources, List<Issue> readIssues) {
        IssueCollector c = new IssueCollector(maxIssues);
        readIssues.forEach(i -> c.add(Finding.of(i)));
        check(root, c);
        List<Issue> placed = new ArrayList<>();
        for (Finding f : c.findings()) {
            Issue i = f.issue();
            String at = i.cell() != null ? i.cell() : f.fault() == null ? null : sources.cell(f.fault());
            placed.add(at == null ? i : i.inCell(at));
        }
        return c.report(placed);
    }

    private void check(JsonNode root, IssueCollector c) {
        JsonNode positions = root.isObject() ? root.get("positions") : null;
        if (positions != null && positions.isArray()) {
            ObjectNode header = JsonNodeFactory.instance.objectNode();
            header.setAll((ObjectNode) root);
            header.set("positions", JsonNodeFactory.instance.arrayNode());
            schema.validate(header).forEach(c::add);
            for (int i = 0; i < positions.size(); i++) {
                schema.validatePosition(positions.get(i), "/positions/" + i).forEach(c::add);
            }
            bindAndCheck(header, positions, c);
        } else {
            schema.validate(root).forEach(c::add);
            if (root.isObject()) {
                bindAndCheck(root, null, c);
            }
        }
    }

    /** Checks a catalog built in code: model and rules layers. */
    public void checkCatalog(Catalog catalog, IssueCollector c) {
        model.validate(catalog, "").forEach(c::add);
        List<Integer> identity = new ArrayList<>();
        for (int i = 0; i < catalog.positions().size(); i++) {
            identity.add(i);
        }
        runRules(catalog, identity, true, c);
    }

    private void bindAndCheck(JsonNode header, JsonNode positions, IssueCollector c) {
        Lenience lenience = new Lenience();
        Catalog catalog;
        try {
            catalog = CatalogBinder.catalog(header, lenience);
        } catch (CatalogJsonException e) {
            bindingProblem(e, c);
            return; // the document is not an object: nothing more can be said
        }
        List<Position> bound = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        boolean complete = true;
        if (positions != null) {
            for (int i = 0; i < positions.size(); i++) {
                try {
                    bound.add(CatalogBinder.position(positions.get(i), "/positions/" + i, lenience));
                    index.add(i);
                } catch (CatalogJsonException e) {
                    lenience.problems().add(e);
                    complete = false;
                }
            }
        }
        Set<String> unbound = new HashSet<>();
        for (CatalogJsonException e : lenience.problems()) {
            bindingProblem(e, c);
            unbound.add(e.pointer() == null ? "" : e.pointer());
        }
        IssueCollector checked = unbound.isEmpty() ? c : new SuppressingCollector(c, unbound);
        model.validate(catalog, "").forEach(checked::add);
        for (int k = 0; k < bound.size(); k++) {
            model.validate(bound.get(k), "/positions/" + index.get(k)).forEach(checked::add);
        }
        runRules(catalog.withPositions(bound), index, complete, checked);
    }

    private static void bindingProblem(CatalogJsonException e, IssueCollector c) {
        String pointer = e.pointer() == null ? "" : e.pointer();
        if (!c.schemaCovers(pointer)) {
            String rule = "model:" + (e.problem().startsWith("bind:") ? e.problem().substring(5) : e.problem());
            c.add(Finding.of(Issue.at(Severity.ERROR, rule, pointer, e.text())));
        }
    }

    private void runRules(Catalog catalog, List<Integer> index, boolean complete, IssueCollector c) {
        for (Rule rule : rules) {
            RuleRun ctx = new RuleRun(rule, index, complete, c, codeLists);
            try {
                rule.check(catalog, ctx);
            } catch (RuntimeException e) {
                c.add(Finding.of(Issue.at(Severity.ERROR, rule.id(), "", LocalizedText.of(
                        "规则 " + rule.id() + " 执行失败: " + e, "rule " + rule.id() + " failed: " + e))));
            }
        }
    }

    private List<Issue> locate(String text, List<Issue> issues) {
        Set<String> wanted = new HashSet<>();
        for (Issue i : issues) {
            if (i.pointer() != null && i.line() == null) {
                wanted.add(i.pointer());
            }
        }
        Map<String, int[]> at = JsonPointers.locate(trees.mapper(), text, wanted);
        List<Issue> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            int[] lc = i.pointer() == null || i.line() != null ? null : at.get(i.pointer());
            out.add(lc == null ? i : i.locatedAt(lc[0], lc[1]));
        }
        return out;
    }
}
