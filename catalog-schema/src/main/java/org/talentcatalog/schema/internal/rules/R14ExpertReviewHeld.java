package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.ConsultationType;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R14 (docs/format.md): an approved (or later) catalog records an EXPERT_REVIEW consultation (seed 七). */
public final class R14ExpertReviewHeld extends HeaderRule {

    @Override
    public String id() {
        return "R14";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.status() == null || !c.status().isApprovedOrLater()) {
            return;
        }
        if (c.methodology() != null && c.methodology().hasConsultation(ConsultationType.EXPERT_REVIEW)) {
            return;
        }
        String pointer = c.methodology() == null ? ""
                : c.methodology().consultations().isEmpty() ? "/methodology" : "/methodology/consultations";
        ctx.report(pointer, Messages.RULE_R14_EXPERT_REVIEW_MISSING.text());
    }
}
