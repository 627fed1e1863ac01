package org.talentcatalog.schema.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/**
 * R3 (docs/format.md): positions are non-empty unless the status is DRAFT or WITHDRAWN; once approved,
 * every position has a shortage level.
 */
public final class R3PositionsPresent implements StreamingRule {

    @Override
    public String id() {
        return "R3";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Session start(RuleContext ctx) {
        List<Integer> withoutShortage = new ArrayList<>();
        return new Session() {
            @Override
            public void position(int i, Position p) {
                if (p.shortage() == null) {
                    withoutShortage.add(i);
                }
            }

            @Override
            public void finish(Catalog c, int positions) {
                if (c.status() == null) {
                    return;
                }
                if (positions == 0 && !c.status().allowsEmptyPositions() && ctx.complete()) {
                    ctx.report("/positions", "状态为" + c.status().zh() + "的目录至少须有一个岗位",
                            "a catalog in status " + c.status().name() + " needs at least one position");
                }
                if (c.status().isApprovedOrLater()) {
                    for (int i : withoutShortage) {
                        ctx.report("/positions/" + i, "已审定的目录中每个岗位须有急需紧缺程度 (shortage)",
                                "once approved, every position needs a shortage level (shortage)");
                    }
                }
            }
        };
    }
}
