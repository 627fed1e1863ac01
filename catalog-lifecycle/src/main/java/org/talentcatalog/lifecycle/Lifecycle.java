package org.talentcatalog.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.lifecycle.internal.Guards;
import org.talentcatalog.lifecycle.internal.Members;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Status;

/**
 * Guarded status transitions (seed 七, 十): a catalog moves to the next status only when what that
 * status needs is recorded, and each move is recorded in the catalog's format 1.1 member
 * {@code x-transitions} (docs/format.md). What each status needs is in docs/lifecycle.md
 * ("Guarded transitions"); in short: consultation needs a recorded expert review, approval a closed
 * consultation and every comment answered, publication the joint HR bureau (R4), the publication
 * date and document number (R5) in its official shape (R16), and every move a catalog without
 * errors in its new status.
 *
 * <pre>{@code
 * Catalog reviewed = Lifecycle.advance(draft, Status.EXPERT_REVIEW, LocalDate.of(2024, 3, 1), "专家论证会");
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The catalog moved to {@code target} on {@code on}, with the move recorded.
     *
     * @param catalog the catalog as it is
     * @param target the status to move to
     * @param on the day of the move, not before the last recorded one
     * @param note why, or {@code null}
     * @return a copy in {@code target} with the transition appended to {@code x-transitions}
     * @throws TransitionRefusedException when something the status needs is missing; it lists each
     */
    public static Catalog advance(Catalog catalog, Status target, LocalDate on, @Nullable String note) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(on, "on");
        List<Shortfall> missing = missing(catalog, target, on);
        if (!missing.isEmpty()) {
            throw new TransitionRefusedException(target, missing);
        }
        return moved(catalog, target, on, note);
    }

    /**
     * What the catalog lacks to move to {@code target} on {@code on}; empty when it may move.
     *
     * @param catalog the catalog as it is
     * @param target the status to move to
     * @param on the day of the move
     * @return the shortfalls, in the order found
     */
    public static List<Shortfall> missing(Catalog catalog, Status target, LocalDate on) {
        Status from = catalog.status();
        Catalog candidate = from == null ? catalog : moved(catalog, target, on, null);
        return Guards.check(catalog, candidate, target, on);
    }

    /**
     * The transitions recorded in the catalog, oldest first; malformed items are left out (a move
     * of the catalog reports them).
     */
    public static List<Transition> transitions(Catalog catalog) {
        return Members.transitions(catalog.extensions(), s -> { });
    }

    /**
     * The catalog with the comments of a consultation recorded in {@code x-comments} (replacing any
     * recorded before), so that approval can check each is answered. A position a comment names by
     * its Chinese name is recorded by its id; a reference that names no position is kept as given.
     */
    public static Catalog withComments(Catalog catalog, List<Comment> comments) {
        return catalog.toBuilder().extensions(Members.withComments(catalog, comments)).build();
    }

    private static Catalog moved(Catalog catalog, Status target, LocalDate on, @Nullable String note) {
        Status from = Objects.requireNonNull(catalog.status(), "status");
        Transition t = new Transition(from, target, on, note);
        return catalog.toBuilder().status(target).extensions(Members.withTransition(catalog.extensions(), t)).build();
    }
}
