package org.talentcatalog.schema.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.ValidationReport;

/**
 * Gathers findings from all layers and keeps one layer's findings per fault. When several layers
 * report the same fault, the layer whose most severe finding there is the most severe is kept; among
 * equally severe layers, the reader, the numbered rules and an embedder's rules (which rank alike,
 * so an embedder's rule never silently loses to a built-in layer) win over the schema, and the
 * schema over the model. Layers are told by {@link Issue#layer()}, never by the spelling of a rule
 * id. A dropped finding is thus never more severe than a kept one at its fault: an error is never
 * hidden by a warning, and whether a report is valid does not depend on which layers ran. The
 * choice does not depend on the order findings arrive in. Keeps at most
 * {@code storeLimit} findings in memory (the rest are counted), then sorts by place and caps the
 * report at {@code maxIssues}. Not thread-safe: one per validation.
 */
public class IssueCollector {

    private static final Comparator<Issue> DOCUMENT_ORDER = Comparator
            .comparing((Issue i) -> i.line() == null ? 0 : i.line())
            .thenComparing(i -> i.column() == null ? 0 : i.column())
            .thenComparing((Issue i) -> i.pointer() == null ? "" : i.pointer(), IssueCollector::comparePointers)
            .thenComparing(Issue::severity)
            .thenComparing(Issue::rule);

    /** The ranks {@link #rank} gives. */
    private static final int RANKS = 3;

    private final int maxIssues;
    private final int storeLimit;
    private final Map<String, List<Finding>> byFault = new HashMap<>();
    private final List<Finding> unplaced = new ArrayList<>();
    /** Faults the schema layer reported, and every pointer that encloses one: for {@link #schemaCovers}. */
    private final java.util.Set<String> schemaFaults = new java.util.HashSet<>();
    private final java.util.Set<String> schemaEnclosing = new java.util.HashSet<>();
    private int stored;
    private int overflowErrors;
    private int overflowWarnings;

    /** For subclasses that forward to another collector. */
    IssueCollector() {
        this(1);
    }

    /** @param maxIssues the most issues a report lists */
    public IssueCollector(int maxIssues) {
        this.maxIssues = maxIssues;
        this.storeLimit = (int) Math.min(Integer.MAX_VALUE, Math.max(maxIssues * 10L, 10_000L));
    }

    /** A collector without a store limit, for the findings about one part of a document. */
    static IssueCollector unbounded() {
        return new IssueCollector(Integer.MAX_VALUE);
    }

    /** Adds a finding; which findings at its fault are kept is decided when they are read. */
    public void add(Finding f) {
        if (f.fault() == null) {
            unplaced.add(f);
            return;
        }
        List<Finding> same = byFault.get(f.fault());
        if (stored >= storeLimit) {
            if (same == null || kept(withOne(same, f)).contains(f)) {
                if (f.issue().severity() == Severity.ERROR) {
                    overflowErrors++;
                } else if (f.issue().severity() == Severity.WARNING) {
                    overflowWarnings++;
                }
            }
            return;
        }
        if (same == null) {
            same = new ArrayList<>(1);
            byFault.put(f.fault(), same);
        }
        same.add(f);
        stored++;
        if (f.issue().layer() == Layer.SCHEMA && schemaFaults.add(f.fault())) {
            for (String p = Pointers.parent(f.fault()); p != null && schemaEnclosing.add(p); p = Pointers.parent(p)) {
                // every enclosing pointer recorded once
            }
        }
    }

    private static List<Finding> withOne(List<Finding> findings, Finding f) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(f);
        return all;
    }

    /**
     * The findings kept at one fault: every finding of the layer whose most severe finding is the
     * most severe (the layer ranked first on a tie).
     */
    static List<Finding> kept(List<Finding> atFault) {
        if (atFault.size() < 2) {
            return atFault;
        }
        Severity[] worst = new Severity[RANKS];
        int layers = 0;
        for (Finding f : atFault) {
            int r = rank(f.issue().layer());
            Severity s = f.issue().severity();
            if (worst[r] == null) {
                layers++;
                worst[r] = s;
            } else if (s.compareTo(worst[r]) < 0) {
                worst[r] = s;
            }
        }
        if (layers == 1) {
            return atFault;
        }
        int best = -1;
        for (int r = 0; r < RANKS; r++) {
            if (worst[r] != null && (best < 0 || worst[r].compareTo(worst[best]) < 0)) {
                best = r; // Severity orders ERROR first; a strict comparison keeps the first-ranked on a tie
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : atFault) {
            if (rank(f.issue().layer()) == best) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Whether a finding of the schema layer concerns {@code pointer}, a value inside it or one
     * enclosing it. Costs O(depth of the pointer).
     */
    public boolean schemaCovers(String pointer) {
        if (schemaFaults.contains(pointer) || schemaEnclosing.contains(pointer)) {
            return true;
        }
        for (String p = Pointers.parent(pointer); p != null; p = Pointers.parent(p)) {
            if (schemaFaults.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** All kept issues, unsorted (for locating). */
    public List<Issue> issues() {
        List<Issue> all = new ArrayList<>();
        unplaced.forEach(f -> all.add(f.issue()));
        byFault.values().forEach(list -> kept(list).forEach(f -> all.add(f.issue())));
        return all;
    }

    /** All kept findings, unsorted (for placing issues by their fault). */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(unplaced);
        byFault.values().forEach(list -> all.addAll(kept(list)));
        return all;
    }

    /** The report of the given (located) issues: sorted, capped, counted. */
    public ValidationReport report(List<Issue> located) {
        List<Issue> sorted = new ArrayList<>(located);
        sorted.sort(DOCUMENT_ORDER);
        int errors = overflowErrors;
        int warnings = overflowWarnings;
        for (Issue i : sorted) {
            if (i.severity() == Severity.ERROR) {
                errors++;
            } else if (i.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        int overflow = overflowErrors + overflowWarnings;
        if (sorted.size() > maxIssues) {
            int omitted = sorted.size() - maxIssues + overflow;
            return new ValidationReport(sorted.subList(0, maxIssues), omitted, errors, warnings);
        }
        return new ValidationReport(sorted, overflow, errors, warnings);
    }

    /** Pointers in document order: array indexes compare as numbers ({@code /positions/2} before {@code /positions/10}). */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int k = 0; k < Math.min(x.length, y.length); k++) {
            int c = x[k].matches("\\d{1,9}") && y[k].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[k]), Integer.parseInt(y[k])) : x[k].compareTo(y[k]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * The reader, the numbered rules and an embedder's rules first (0, alike), then the schema (1),
     * then the model (2). (Scoring does not report here; it would rank first.)
     */
    static int rank(Layer layer) {
        return switch (layer) {
            case SCHEMA -> 1;
            case MODEL -> 2;
            default -> 0;
        };
    }
}
