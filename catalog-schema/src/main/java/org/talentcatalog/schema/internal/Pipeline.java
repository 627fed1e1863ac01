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
    private final ReferenceLists lists;
    private final JsonTrees trees;
    private final int maxIssues;

    /** A run with the given layers and settings. */
    public Pipeline(SchemaLayer schema, ModelLayer model, List<Rule> rules, ReferenceLists lists, ReadLimits limits,
            int maxIssues) {
        this.schema = schema;
        this.model = model;
        this.rules = rules;
        this.lists = lists;
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
        JsonNode positions = root.isObject() ? root.get("positions") : null;
        ObjectNode header = root.isObject() ? JsonNodeFactory.instance.objectNode() : null;
        if (header != null) {
            header.setAll((ObjectNode) root);
            if (positions != null && positions.isArray()) {
                header.set("positions", JsonNodeFactory.instance.arrayNode());
            } else {
                positions = null;
            }
        }
        IssueCollector local = IssueCollector.unbounded();
        schema.validate(header != null ? header : root).forEach(local::add);
        if (header == null) {
            local.transferTo(c);
            return c.report(locate(text.text(), c.issues()));
        }
        Lenience lenience = new Lenience();
        Catalog catalog = CatalogBinder.catalog(header, lenience);
        Set<String> unbound = new HashSet<>();
        IssueCollector checked = bindingProblems(lenience, local, unbound);
        model.validate(catalog, "").forEach(checked::add);
        local.transferTo(c);

        List<Position> bound = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; positions != null && i < positions.size(); i++) {
            // Each position is checked on its own and its findings deduplicated before they join
            // the report, so counts stay exact even beyond the report's cap.
            String base = "/positions/" + i;
            IssueCollector one = IssueCollector.unbounded();
            schema.validatePosition(positions.get(i), base).forEach(one::add);
            Lenience positionLenience = new Lenience();
            Position p = null;
            try {
                p = CatalogBinder.position(positions.get(i), base, positionLenience);
            } catch (CatalogJsonException e) {
                positionLenience.problems().add(e);
                complete = false;
            }
            IssueCollector positionChecked = bindingProblems(positionLenience, one, unbound);
            if (p != null) {
                bound.add(p);
                index.add(i);
                model.validate(p, base).forEach(positionChecked::add);
            }
            one.transferTo(c);
        }
        runRules(catalog.withPositions(bound), index, complete,
                unbound.isEmpty() ? c : new SuppressingCollector(c, unbound));
        return c.report(locate(text.text(), c.issues()));
    }

    /**
     * Reports binding problems not already explained by the schema layer, records their pointers
     * as unbound, and returns the collector the model layer should report to: one that suppresses
     * findings about values that could not be bound.
     */
    private static IssueCollector bindingProblems(Lenience lenience, IssueCollector c, Set<String> unbound) {
        if (lenience.problems().isEmpty()) {
            return c;
        }
        Set<String> here = new HashSet<>();
        for (CatalogJsonException e : lenience.problems()) {
            String pointer = e.pointer() == null ? "" : e.pointer();
            if (!c.schemaCovers(pointer)) {
                String rule = "model:" + (e.problem().startsWith("bind:") ? e.problem().substring(5) : e.problem());
                c.add(Finding.of(Issue.at(Severity.ERROR, rule, pointer, e.text())));
            }
            here.add(pointer);
        }
        unbound.addAll(here);
        return new SuppressingCollector(c, here);
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

    private void runRules(Catalog catalog, List<Integer> index, boolean complete, IssueCollector c) {
        for (Rule rule : rules) {
            RuleRun ctx = new RuleRun(rule, index, complete, c, lists);
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
