package org.talentcatalog.lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.talentcatalog.model.Status;

/**
 * A catalog may not move to the asked status: {@link #shortfalls()} says what is missing, each at
 * its place in the catalog.
 */
public final class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Status target;
    private final transient List<Shortfall> shortfalls;

    /**
     * @param target the status asked for
     * @param shortfalls what is missing, at least one
     */
    public TransitionRefusedException(Status target, List<Shortfall> shortfalls) {
        super(null, null, false, false);
        if (shortfalls.isEmpty()) {
            throw new IllegalArgumentException("a refusal names what is missing");
        }
        this.target = target;
        this.shortfalls = List.copyOf(shortfalls);
    }

    /** The status asked for. */
    public Status target() {
        return target;
    }

    /** What is missing, in the order found. */
    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    @Override
    public String getMessage() {
        return shortfalls.stream().map(s -> s.line(Locale.ENGLISH)).collect(Collectors.joining("; "));
    }
}
