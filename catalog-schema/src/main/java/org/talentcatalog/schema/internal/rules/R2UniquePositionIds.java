package org.talentcatalog.schema.internal.rules;

import java.util.HashSet;
import java.util.Set;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;
import org.talentcatalog.schema.internal.Messages;

/** R2 (docs/format.md): position ids are unique (case-sensitive); a duplicate is reported at its later occurrence. */
public final class R2UniquePositionIds implements StreamingRule {

    @Override
    public String id() {
        return "R2";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Session start(RuleContext ctx) {
        Set<String> seen = new HashSet<>();
        return new Session() {
            @Override
            public void position(int i, Position p) {
                String id = p.id();
                if (id != null && !seen.add(id)) {
                    ctx.report("/positions/" + i + "/id", Messages.RULE_R2_DUPLICATE_ID.text(id));
                }
            }

            @Override
            public void finish(Catalog header, int positions) {
                // reported as they come
            }
        };
    }
}
