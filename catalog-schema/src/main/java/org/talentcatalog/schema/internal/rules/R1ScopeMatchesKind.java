package org.talentcatalog.schema.internal.rules;


import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;

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
                    ctx.report("/scope", "产业人才目录的范围须列出产业 (scope.industries)",
                            "an industry catalog needs industries in its scope (scope.industries)");
                }
            }
            case REGIONAL -> {
                if (c.scope().region() == null) {
                    ctx.report("/scope", "区域人才目录的范围须给出区域 (scope.region)",
                            "a regional catalog needs a region in its scope (scope.region)");
                }
            }
            case SPECIAL -> {
                if (c.scope().program() == null) {
                    ctx.report("/scope", "专项人才目录的范围须给出专项 (scope.program)",
                            "a special catalog needs a programme in its scope (scope.program)");
                }
            }
        }
    }
}
