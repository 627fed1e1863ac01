package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/**
 * A rule that checks each position on its own (needing nothing from the header or from other
 * positions), and optionally the header at the end.
 */
abstract class PositionRule implements StreamingRule {

    /** Checks one position at its index in the document. */
    abstract void checkPosition(int index, Position position, RuleContext ctx);

    /** Checks the header at the end; nothing by default. */
    void checkHeader(Catalog header, RuleContext ctx) {
    }

    @Override
    public final Session start(RuleContext context) {
        return new Session() {
            @Override
            public void position(int index, Position position) {
                checkPosition(index, position, context);
            }

            @Override
            public void finish(Catalog header, int positions) {
                checkHeader(header, context);
            }
        };
    }
}
