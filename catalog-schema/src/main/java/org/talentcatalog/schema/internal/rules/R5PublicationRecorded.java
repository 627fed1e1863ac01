package org.talentcatalog.schema.internal.rules;


import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R5 (docs/format.md): a PUBLISHED or SUPERSEDED catalog records its publication date and document number. */
public final class R5PublicationRecorded extends HeaderRule {

    @Override
    public String id() {
        return "R5";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.status() == null || !c.status().isPublished()) {
            return;
        }
        if (c.edition() != null && c.edition().publishedOn() == null) {
            ctx.report("/edition", Messages.RULE_R5_PUBLISHED_ON_MISSING.text());
        }
        if (c.issuance() != null && c.issuance().documentNumber() == null) {
            ctx.report("/issuance", Messages.RULE_R5_DOCUMENT_NUMBER_MISSING.text());
        }
    }
}
