package org.talentcatalog.schema.internal.rules;


import org.talentcatalog.model.Catalog;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;
import org.talentcatalog.schema.Severity;

/** R3 (FORMAT.md): positions are non-empty unless the status is DRAFT or WITHDRAWN; once approved, every position has a shortage level. */
public final class R3PositionsPresent implements Rule {

    @Override
    public String id() {
        return "R3";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Catalog c, RuleContext ctx) {
        if (c.status() == null) {
            return;
        }
        if (c.positions().isEmpty() && !c.status().allowsEmptyPositions() && ctx.complete()) {
            ctx.report("/positions", "状态为" + c.status().zh() + "的目录至少须有一个岗位",
                    "a catalog in status " + c.status().name() + " needs at least one position");
        }
        if (c.status().isApprovedOrLater()) {
            for (int i = 0; i < c.positions().size(); i++) {
                if (c.positions().get(i).shortage() == null) {
                    ctx.report("/positions/" + i, "已审定的目录中每个岗位须有急需紧缺程度 (shortage)",
                            "once approved, every position needs a shortage level (shortage)");
                }
            }
        }
    }
}
