package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.ValidationReport;

/** The order of a report's issues, its cap, and the count of findings beyond the store limit. */
class IssueOrderTest {

    private static Issue issue(Severity severity, String rule, String pointer, Integer line, Integer column) {
        return Issue.of(severity, Layer.RULE, rule, pointer, LocalizedText.of(rule, rule)).locatedAt(line, column);
    }

    @Test
    void issuesAreOrderedByLineColumnPointerSeverityAndRule() {
        List<Issue> expected = List.of(
                issue(Severity.ERROR, "R0", null, null, null),
                issue(Severity.ERROR, "R1", "/b", 1, 1),
                issue(Severity.ERROR, "R1", "/positions/2", 1, 5),
                issue(Severity.ERROR, "R1", "/positions/10", 1, 5),
                issue(Severity.ERROR, "R1", "/positions/10/id", 1, 5),
                issue(Severity.ERROR, "R1", "/positions/x", 1, 5),
                issue(Severity.WARNING, "R1", "/positions/x", 1, 5),
                issue(Severity.WARNING, "R2", "/positions/x", 1, 5),
                issue(Severity.ERROR, "R1", "/a", 2, 1));
        List<Issue> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(13));
        assertEquals(expected, new IssueCollector(100).report(shuffled).issues());
    }

    @Test
    void pointersCompareIndexesAsNumbersAndNamesAsText() {
        assertTrue(IssueCollector.comparePointers("/positions/9", "/positions/10") < 0);
        assertTrue(IssueCollector.comparePointers("/positions/10", "/positions/9") > 0);
        assertTrue(IssueCollector.comparePointers("/positions/10", "/positions/10/id") < 0);
        assertTrue(IssueCollector.comparePointers("/b", "/a/b") > 0);
        assertTrue(IssueCollector.comparePointers("/a1", "/a10") < 0);
        assertEquals(0, IssueCollector.comparePointers("/positions/07", "/positions/7"));
        assertEquals(0, IssueCollector.comparePointers("", ""));
    }

    @Property(tries = 300)
    void pointerOrderIsAntisymmetricAndNumericForIndexes(@ForAll @IntRange(max = 99_999) int a,
            @ForAll @IntRange(max = 99_999) int b) {
        String x = "/positions/" + a + "/name";
        String y = "/positions/" + b;
        assertEquals(Integer.signum(Integer.compare(a, b) == 0 ? 1 : Integer.compare(a, b)),
                Integer.signum(IssueCollector.comparePointers(x, y)));
        assertEquals(-Integer.signum(IssueCollector.comparePointers(x, y)), Integer.signum(IssueCollector.comparePointers(y, x)));
    }

    @Test
    void theReportListsTheFirstIssuesAndCountsEveryError() {
        List<Issue> issues = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            issues.add(issue(Severity.ERROR, "R1", "/positions/" + k, k + 1, 1));
        }
        issues.add(issue(Severity.WARNING, "R9", "/positions/9", 20, 1));
        issues.add(issue(Severity.INFO, "X", "/positions/9", 20, 1));
        ValidationReport capped = new IssueCollector(3).report(issues);
        assertEquals(issues.subList(0, 3), capped.issues());
        assertEquals(4, capped.omitted());
        assertEquals(5, capped.errorCount());
        assertEquals(1, capped.warningCount());
        ValidationReport whole = new IssueCollector(7).report(issues);
        assertEquals(issues, whole.issues());
        assertEquals(0, whole.omitted());
    }

    @Test
    void findingsBeyondTheStoreLimitAreCountedByTheirSeverityAndOnlyWhenTheyWouldBeKept() {
        IssueCollector c = new IssueCollector(1); // keeps 10,000 findings in memory
        for (int k = 0; k < 10_000; k++) {
            c.add(Finding.of(issue(Severity.ERROR, "R2", "/positions/" + k + "/id", null, null)));
        }
        c.add(Finding.of(issue(Severity.ERROR, "R2", "/positions/10000/id", null, null)));
        c.add(Finding.of(issue(Severity.WARNING, "R9", "/positions/10001/industry", null, null)));
        c.add(Finding.of(issue(Severity.INFO, "X", "/positions/10002", null, null)));
        c.add(new Finding(Issue.of(Severity.WARNING, Layer.MODEL, "model:Size", "/positions/0/id",
                LocalizedText.of("m", "m")), "/positions/0/id"));
        c.add(Finding.of(issue(Severity.ERROR, "R8", "/positions/1/id", null, null)));
        ValidationReport report = c.report(c.issues());
        assertEquals(1, report.issues().size());
        assertEquals(10_002, report.errorCount(), "the 10,000 kept, one new fault, one more rule error at a kept fault");
        assertEquals(1, report.warningCount(), "the model's warning at a rule's error is not counted");
        assertEquals(9_999 + 3, report.omitted(), "the kept ones not listed, and those counted beyond the limit");
    }
}
