package org.talentcatalog.schema.internal.rules;

import java.util.HashSet;
import java.util.Set;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;
import org.talentcatalog.schema.Severity;

/** R9 (FORMAT.md): when the scope lists industries, each position's industry is one of them. */
public final class R9IndustryInScope implements Rule {

    @Override
    public String id() {
        return "R9";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Catalog c, RuleContext ctx) {
        if (c.scope() == null || c.scope().industries().isEmpty()) {
            return;
        }
        Set<String> scope = new HashSet<>(c.scope().industries());
        for (int i = 0; i < c.positions().size(); i++) {
            String industry = c.positions().get(i).industry();
            if (industry != null && !scope.contains(industry)) {
                ctx.report("/positions/" + i + "/industry",
                        "岗位的产业 " + industry + " 不在目录范围 " + c.scope().industries() + " 内",
                        "the position's industry " + industry + " is not in the catalog's scope " + c.scope().industries());
            }
        }
    }
}
