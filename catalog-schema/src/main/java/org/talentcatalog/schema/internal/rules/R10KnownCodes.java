package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;
import org.talentcatalog.schema.Severity;

/** R10 (FORMAT.md): industry and region codes are in the registered (open) code lists. */
public final class R10KnownCodes implements Rule {

    @Override
    public String id() {
        return "R10";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Catalog c, RuleContext ctx) {
        CodeLists lists = ctx.codeLists();
        if (c.scope() != null) {
            for (int i = 0; i < c.scope().industries().size(); i++) {
                industry(c.scope().industries().get(i), "/scope/industries/" + i, lists, ctx);
            }
            if (c.scope().region() != null && c.scope().region().code() != null
                    && !lists.isKnownRegion(c.scope().region().code())) {
                String code = c.scope().region().code();
                ctx.report("/scope/region/code", "区域代码 " + code + " 不在已登记的代码表中",
                        "region code " + code + " is not in the registered code lists");
            }
        }
        for (int i = 0; i < c.positions().size(); i++) {
            industry(c.positions().get(i).industry(), "/positions/" + i + "/industry", lists, ctx);
        }
    }

    private static void industry(String code, String pointer, CodeLists lists, RuleContext ctx) {
        if (code != null && !lists.isKnownIndustry(code)) {
            ctx.report(pointer, "产业代码 " + code + " 不在已登记的代码表中",
                    "industry code " + code + " is not in the registered code lists");
        }
    }
}
