package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R10 (docs/format.md): industry and region codes are in the registered (open) code lists. */
public final class R10KnownCodes extends PositionRule {

    @Override
    public String id() {
        return "R10";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkHeader(Catalog c, RuleContext ctx) {
        CodeLists lists = ctx.codeLists();
        if (c.scope() != null) {
            for (int i = 0; i < c.scope().industries().size(); i++) {
                industry(c.scope().industries().get(i), "/scope/industries/" + i, lists, ctx);
            }
            if (c.scope().region() != null && c.scope().region().code() != null
                    && !lists.isKnownRegion(c.scope().region().code())) {
                String code = c.scope().region().code();
                ctx.report("/scope/region/code", Messages.RULE_R10_REGION_UNKNOWN.text(code));
            }
        }
    }

    @Override
    void checkPosition(int i, Position p, RuleContext ctx) {
        industry(p.industry(), "/positions/" + i + "/industry", ctx.codeLists(), ctx);
    }

    private static void industry(String code, String pointer, CodeLists lists, RuleContext ctx) {
        if (code != null && !lists.isKnownIndustry(code)) {
            ctx.report(pointer, Messages.RULE_R10_INDUSTRY_UNKNOWN.text(code));
        }
    }
}
