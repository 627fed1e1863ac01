package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.ValidationReport;

/**
 * The merge of findings at one fault: whatever the layers, severities and order of arrival, the kept
 * findings are the same, a dropped finding is never more severe than a kept one at its fault, the
 * report counts an error exactly when some finding was one, and the merge depends on the layers, not
 * on how rule ids are spelled.
 */
class IssueCollectorProperties {

    private static final List<String> RULES = List.of("R10", "R6", "read:value", "schema:pattern",
            "schema:required", "model:NotNull", "X-SALARY", "other");
    private static final List<String> FAULTS = List.of("/a", "/a/b", "/c");

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<Finding> one = Combinators.combine(Arbitraries.of(Layer.class), Arbitraries.of(RULES),
                Arbitraries.of(Severity.class), Arbitraries.of(FAULTS), Arbitraries.integers().between(0, 1_000_000))
                .as((layer, rule, severity, fault, n) -> new Finding(Issue.of(severity, layer, rule, fault,
                        LocalizedText.of(rule + " " + severity + " #" + n, rule + " " + severity)), fault));
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    private static Set<Finding> collect(List<Finding> findings) {
        IssueCollector c = new IssueCollector(1000);
        findings.forEach(c::add);
        return new HashSet<>(c.findings());
    }

    private static Set<String> keptTexts(List<Finding> findings) {
        return collect(findings).stream().map(f -> f.issue().text().zh()).collect(Collectors.toSet());
    }

    @Property(tries = 500)
    void theMergeKeepsTheMostSevereLayerWhateverTheOrder(@ForAll("findings") List<Finding> findings, @ForAll long seed) {
        Set<Finding> kept = collect(findings);
        List<Finding> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(kept, collect(shuffled), "the order of arrival does not matter");
        for (Finding dropped : findings) {
            if (kept.contains(dropped)) {
                continue;
            }
            assertTrue(kept.stream().anyMatch(k -> k.fault().equals(dropped.fault())
                    && k.issue().severity().compareTo(dropped.issue().severity()) <= 0),
                    () -> dropped + " dropped though no kept finding is as severe: " + kept);
        }
        IssueCollector c = new IssueCollector(1000);
        findings.forEach(c::add);
        ValidationReport report = c.report(c.issues());
        assertEquals(findings.stream().anyMatch(f -> f.issue().severity() == Severity.ERROR), !report.valid());
    }

    @Property(tries = 300)
    void theSpellingOfRuleIdsDoesNotMatter(@ForAll("findings") List<Finding> findings, @ForAll("ids") List<String> ids) {
        List<Finding> renamed = new ArrayList<>();
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            Issue i = f.issue();
            renamed.add(new Finding(new Issue(i.severity(), i.layer(), ids.get(k % ids.size()), i.pointer(), i.line(),
                    i.column(), i.cell(), i.text(), i.unreadable()), f.fault()));
        }
        assertEquals(keptTexts(findings), keptTexts(renamed));
    }

    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.of(RULES).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void aRuleOrEmbeddersFindingIsDroppedOnlyForAMoreSevereOne(@ForAll("findings") List<Finding> findings) {
        Set<Finding> kept = collect(findings);
        for (Finding dropped : findings) {
            Layer layer = dropped.issue().layer();
            if (kept.contains(dropped) || layer != Layer.RULE && layer != Layer.EMBEDDER && layer != Layer.READ) {
                continue;
            }
            assertTrue(kept.stream().anyMatch(k -> k.fault().equals(dropped.fault())
                    && k.issue().severity().compareTo(dropped.issue().severity()) < 0),
                    () -> dropped + " dropped though no kept finding is more severe: " + kept);
        }
    }
}
