package org.talentcatalog.schema.internal;

import java.util.Set;

/**
 * Forwards findings of the model and rules layers to a collector, except those about a value that
 * could not be bound (or inside or around one): such a value is absent from the bound catalog, so a
 * rule that sees it missing or a constraint that finds it {@code null} would not say something true.
 * Its own binding or schema problem is reported instead.
 */
final class SuppressingCollector extends IssueCollector {

    private final IssueCollector target;
    private final Set<String> unbound;
    private final Set<String> parentsOfUnbound = new java.util.HashSet<>();

    SuppressingCollector(IssueCollector target, Set<String> unbound) {
        this.target = target;
        this.unbound = unbound;
        for (String u : unbound) {
            String parent = Pointers.parent(u);
            if (parent != null) {
                parentsOfUnbound.add(parent);
            }
        }
    }

    @Override
    public void add(Finding f) {
        if (!touchesUnbound(f.fault()) && !touchesUnbound(f.issue().pointer())) {
            target.add(f);
        }
    }

    /**
     * Whether {@code pointer} is an unbound value, lies inside one, or is the object directly
     * containing one (the object a "missing member" finding would name). O(depth).
     */
    private boolean touchesUnbound(String pointer) {
        if (pointer == null) {
            return false;
        }
        if (unbound.contains(pointer) || parentsOfUnbound.contains(pointer)) {
            return true;
        }
        for (String p = Pointers.parent(pointer); p != null; p = Pointers.parent(p)) {
            if (unbound.contains(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean schemaCovers(String pointer) {
        return target.schemaCovers(pointer);
    }
}
