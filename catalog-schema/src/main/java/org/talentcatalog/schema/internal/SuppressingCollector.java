package org.talentcatalog.schema.internal;

/**
 * Forwards findings of the model and rules layers to a collector, except those about a value that
 * could not be bound (or inside or around one): such a value is absent from the bound catalog, so a
 * rule that sees it missing or a constraint that finds it {@code null} would not say something true.
 * Its own binding or schema problem is reported instead.
 */
final class SuppressingCollector extends IssueCollector {

    private final IssueCollector target;
    private final Unbound unbound;

    SuppressingCollector(IssueCollector target, Unbound unbound) {
        this.target = target;
        this.unbound = unbound;
    }

    @Override
    public void add(Finding f) {
        if (!unbound.touches(f.fault()) && !unbound.touches(f.issue().pointer())) {
            target.add(f);
        }
    }

    @Override
    public boolean schemaCovers(String pointer) {
        return target.schemaCovers(pointer);
    }
}
