package org.talentcatalog.schema.internal.rules;

import java.util.HashMap;
import java.util.Map;
import org.talentcatalog.model.internal.Texts;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;
import org.talentcatalog.schema.internal.Messages;

/**
 * R12 (docs/format.md): no two positions of one industry share a Chinese name (compared after trimming
 * white space); reported at the later one, naming the earlier by its id (by its pointer when it has none).
 */
public final class R12DistinctNamesPerIndustry implements StreamingRule {

    @Override
    public String id() {
        return "R12";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Session start(RuleContext ctx) {
        Map<String, String> firstId = new HashMap<>();
        return new Session() {
            @Override
            public void position(int i, Position p) {
                if (p.industry() == null || p.name() == null || p.name().zh() == null) {
                    return;
                }
                String name = Texts.trim(p.name().zh());
                String first = p.id() != null ? p.id() : "/positions/" + i;
                String earlier = firstId.putIfAbsent(p.industry() + "\u0000" + name, first);
                if (earlier != null) {
                    ctx.report("/positions/" + i + "/name",
                            Messages.RULE_R12_DUPLICATE_NAME.text(p.industry(), name, earlier));
                }
            }

            @Override
            public void finish(Catalog header, int positions) {
                // reported as they come
            }
        };
    }
}
