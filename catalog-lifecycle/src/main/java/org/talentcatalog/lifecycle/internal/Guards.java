package org.talentcatalog.lifecycle.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentcatalog.lifecycle.Shortfall;
import org.talentcatalog.lifecycle.Transition;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.Status;
import org.talentcatalog.schema.CatalogValidator;

/**
 * What each status needs (docs/lifecycle.md, "Guarded transitions"). The catalog as it would be in
 * the new status is validated with the standard rules, so every error there (R3 positions and
 * levels, R4 joint issuer, R5 publication date and document number, …) refuses the move; the
 * warnings R14 (expert review) and R16 (document number shape) refuse it too once the catalog is to
 * be approved or published. On top of the rules: L1 the move is one of {@link Status#successors()},
 * L2 the date is not before the last recorded change, L3 public consultation needs a recorded expert
 * review, L4 approval a public consultation closed by then, L5 and L6 every comment in
 * {@code x-comments} answered, with a reason unless adopted.
 */
public final class Guards {

    private static final Set<String> BLOCKING_WARNINGS_ON_APPROVAL = Set.of("R14");
    private static final Set<String> BLOCKING_WARNINGS_ON_PUBLICATION = Set.of("R14", "R16");

    private Guards() {
    }

    /** What {@code catalog} lacks to become {@code candidate} (itself at {@code target}) on {@code on}. */
    public static List<Shortfall> check(Catalog catalog, Catalog candidate, Status target, LocalDate on) {
        List<Shortfall> out = new ArrayList<>();
        Status from = catalog.status();
        if (from == null) {
            out.add(new Shortfall("L1", "/status", Messages.TRANSITION_NO_STATUS.text()));
            return out;
        }
        if (!from.canMoveTo(target)) {
            out.add(new Shortfall("L1", "/status", from.successors().isEmpty()
                    ? Messages.TRANSITION_NONE_ALLOWED.text(from, target)
                    : Messages.TRANSITION_NOT_ALLOWED.text(from, target, names(from.successors()))));
            return out;
        }
        List<Transition> recorded = Members.transitions(catalog.extensions(), out::add);
        if (!recorded.isEmpty() && recorded.get(recorded.size() - 1).date().isAfter(on)) {
            out.add(new Shortfall("L2", "/" + Members.TRANSITIONS + "/" + (recorded.size() - 1) + "/date",
                    Messages.TRANSITION_DATE_BEFORE_LAST.text(on, recorded.get(recorded.size() - 1).date())));
        }
        if (target == Status.WITHDRAWN) {
            return out;
        }
        Set<String> blocking = target == Status.APPROVED ? BLOCKING_WARNINGS_ON_APPROVAL
                : target.isPublished() ? BLOCKING_WARNINGS_ON_PUBLICATION : Set.of();
        for (Issue i : CatalogValidator.standard().validate(candidate).issues()) {
            if (i.severity() == Severity.ERROR || blocking.contains(i.rule())) {
                out.add(new Shortfall(i.rule(), i.pointer() == null ? "" : i.pointer(), i.text()));
            }
        }
        if (target == Status.PUBLIC_CONSULTATION && !held(catalog, ConsultationType.EXPERT_REVIEW, on)) {
            out.add(new Shortfall("L3", "/methodology", Messages.TRANSITION_NEEDS_EXPERT_REVIEW.text()));
        }
        if (target == Status.APPROVED) {
            if (!held(catalog, ConsultationType.PUBLIC_CONSULTATION, on)) {
                out.add(new Shortfall("L4", "/methodology", Messages.TRANSITION_NEEDS_CLOSED_CONSULTATION.text(on)));
            }
            for (Members.Answer a : Members.answers(catalog.extensions(), out::add, out::add)) {
                if (a.decision().needsReason() && !a.hasReason()) {
                    out.add(new Shortfall("L6", a.pointer() + "/reason", Messages.TRANSITION_COMMENT_NO_REASON.text(a.number(), a.decision())));
                }
            }
        }
        return out;
    }

    /** Whether a consultation of the type is recorded on or before {@code on}. */
    private static boolean held(Catalog catalog, ConsultationType type, LocalDate on) {
        if (catalog.methodology() == null) {
            return false;
        }
        for (Consultation c : catalog.methodology().consultations()) {
            if (c.type() == type && c.date() != null && !c.date().isAfter(on)) {
                return true;
            }
        }
        return false;
    }

    private static LocalizedText names(Set<Status> statuses) {
        return LocalizedText.of(
                statuses.stream().map(s -> "“" + s.zh() + "”（" + s.name() + "）").collect(Collectors.joining("、")),
                statuses.stream().map(s -> "\"" + s.en() + "\" (" + s.name() + ")").collect(Collectors.joining(", ")));
    }
}
