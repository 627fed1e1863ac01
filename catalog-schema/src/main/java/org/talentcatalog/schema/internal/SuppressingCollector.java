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

    SuppressingCollector(IssueCollector target, Set<String> unbound) {
        this.target = target;
        this.unbound = unbound;
    }

    @Override
    public void add(Finding f) {
        if (!touchesUnbound(f.fault()) && !touchesUnbound(f.issue().pointer())) {
            target.add(f);
        }
    }

    private boolean touchesUnbound(String pointer) {
        if (pointer == null) {
            return false;
        }
        for (String u : unbound) {
            if (u.equals(pointer) || u.startsWith(pointer.isEmpty() ? "/" : pointer + "/") && isMemberOf(u, pointer)
                    || pointer.startsWith(u + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code u} is a direct member of the object at {@code parent} (not deeper). */
    private static boolean isMemberOf(String u, String parent) {
        return u.indexOf('/', parent.length() + 1) < 0;
    }

    @Override
    public boolean schemaCovers(String pointer) {
        return target.schemaCovers(pointer);
    }
}
