package org.talentcatalog.schema.internal.rules;

import java.util.HashMap;
import java.util.Map;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.internal.Texts;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;
import org.talentcatalog.schema.Severity;

/**
 * R12 (FORMAT.md): no two positions of one industry share a Chinese name (compared after trimming
 * white space); reported at the later one.
 */
public final class R12DistinctNamesPerIndustry implements Rule {

    @Override
    public String id() {
        return "R12";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Catalog c, RuleContext ctx) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < c.positions().size(); i++) {
            Position p = c.positions().get(i);
            if (p.industry() == null || p.name() == null || p.name().zh() == null) {
                continue;
            }
            String name = Texts.trim(p.name().zh());
            Integer earlier = first.putIfAbsent(p.industry() + "\u0000" + name, i);
            if (earlier != null) {
                String otherId = c.positions().get(earlier).id();
                ctx.report("/positions/" + i + "/name", "产业 " + p.industry() + " 中已有同名岗位 \"" + name + "\"（" + otherId + "）",
                        "industry " + p.industry() + " already has a position named \"" + name + "\" (" + otherId + ")");
            }
        }
    }
}
