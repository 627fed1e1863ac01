package org.talentcatalog.schema.internal;

import java.util.List;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.Issue;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;

/**
 * The context of one rule in one run. When some positions could not be bound, the rule sees only
 * the bound ones; their pointers ({@code /positions/k/…}) are mapped back to the document's indices.
 */
final class RuleRun implements RuleContext {

    private final Rule rule;
    private final List<Integer> index;
    private final boolean complete;
    private final IssueCollector collector;
    private final ReferenceLists lists;

    RuleRun(Rule rule, List<Integer> index, boolean complete, IssueCollector collector, ReferenceLists lists) {
        this.rule = rule;
        this.index = index;
        this.complete = complete;
        this.collector = collector;
        this.lists = lists;
    }

    @Override
    public CodeLists codeLists() {
        return lists.codeLists();
    }

    @Override
    public OccupationCodes occupationCodes() {
        return lists.occupations();
    }

    @Override
    public IndustryClasses industryClasses() {
        return lists.industryClasses();
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public void report(String pointer, LocalizedText message) {
        collector.add(Finding.of(Issue.at(rule.severity(), rule.id(), remap(pointer), message)));
    }

    private String remap(String pointer) {
        if (complete || pointer == null || !pointer.startsWith("/positions/")) {
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
