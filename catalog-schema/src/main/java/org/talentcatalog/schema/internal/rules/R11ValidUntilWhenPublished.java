package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.Status;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R11 (docs/format.md): a PUBLISHED catalog states edition.validUntil (the seed asks for periodic renewal, 十二). */
public final class R11ValidUntilWhenPublished extends HeaderRule {

    @Override
    public String id() {
        return "R11";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.status() == Status.PUBLISHED && c.edition() != null && c.edition().validUntil() == null) {
            ctx.report("/edition", Messages.RULE_R11_VALID_UNTIL_MISSING.text());
        }
    }
}
