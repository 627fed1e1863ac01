package org.talentcatalog.schema.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;
import org.talentcatalog.schema.internal.Messages;

/** R9 (docs/format.md): when the scope lists industries, each position's industry is one of them. */
public final class R9IndustryInScope implements StreamingRule {

    @Override
    public String id() {
        return "R9";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Session start(RuleContext ctx) {
        // The scope is known only at the end: keep each position's industry (industries repeat, so
        // this is one reference per position).
        List<Integer> index = new ArrayList<>();
        List<String> industry = new ArrayList<>();
        return new Session() {
            @Override
            public void position(int i, Position p) {
                if (p.industry() != null) {
                    index.add(i);
                    industry.add(p.industry().intern());
                }
            }

            @Override
            public void finish(Catalog c, int positions) {
                if (c.scope() == null || c.scope().industries().isEmpty()) {
                    return;
                }
                Set<String> scope = new HashSet<>(c.scope().industries());
                for (int k = 0; k < index.size(); k++) {
                    if (!scope.contains(industry.get(k))) {
                        ctx.report("/positions/" + index.get(k) + "/industry",
                                Messages.RULE_R9_INDUSTRY_OUT_OF_SCOPE.text(industry.get(k), c.scope().industries()));
                    }
                }
            }
        };
    }
}
