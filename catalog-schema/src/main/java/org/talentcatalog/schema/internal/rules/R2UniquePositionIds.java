package org.talentcatalog.schema.internal.rules;

import java.util.HashSet;
import java.util.Set;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;
import org.talentcatalog.schema.Severity;

/** R2 (FORMAT.md): position ids are unique (case-sensitive); a duplicate is reported at its later occurrence. */
public final class R2UniquePositionIds implements Rule {

    @Override
    public String id() {
        return "R2";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(Catalog c, RuleContext ctx) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.positions().size(); i++) {
            String id = c.positions().get(i).id();
            if (id != null && !seen.add(id)) {
                ctx.report("/positions/" + i + "/id", "岗位标识 \"" + id + "\" 重复", "duplicate position id \"" + id + "\"");
            }
        }
    }
}
