package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/** A rule about the catalog header only: it ignores positions and checks the header at the end. */
abstract class HeaderRule implements StreamingRule {

    /** Checks the header; {@code positions} is the number of positions in the document. */
    abstract void checkHeader(Catalog header, int positions, RuleContext ctx);

    @Override
    public final Session start(RuleContext context) {
        return new Session() {
            @Override
            public void position(int index, Position position) {
                // not about positions
            }

            @Override
            public void finish(Catalog header, int positions) {
                checkHeader(header, positions, context);
            }
        };
    }
}
