package org.talentcatalog.schema.internal.rules;


import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R1 (docs/format.md): the scope matches the kind: an industry catalog has industries, a regional one a region, a special one a programme. */
public final class R1ScopeMatchesKind extends HeaderRule {

    @Override
    public String id() {
        return "R1";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.kind() == null || c.scope() == null) {
            return;
        }
        switch (c.kind()) {
            case INDUSTRY -> {
                if (c.scope().industries().isEmpty()) {
                    ctx.report("/scope", Messages.RULE_R1_INDUSTRIES_MISSING.text());
                }
            }
            case REGIONAL -> {
                if (c.scope().region() == null) {
                    ctx.report("/scope", Messages.RULE_R1_REGION_MISSING.text());
                }
            }
            case SPECIAL -> {
                if (c.scope().program() == null) {
                    ctx.report("/scope", Messages.RULE_R1_PROGRAM_MISSING.text());
                }
            }
        }
    }
}
