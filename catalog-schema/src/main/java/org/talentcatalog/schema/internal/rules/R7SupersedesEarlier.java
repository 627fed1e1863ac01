package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.CatalogVersion;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R7 (docs/format.md): edition.supersedes differs from edition.version and names an earlier version. */
public final class R7SupersedesEarlier extends HeaderRule {

    @Override
    public String id() {
        return "R7";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.edition() == null || !CatalogVersion.isValid(c.edition().version()) || !CatalogVersion.isValid(c.edition().supersedes())) {
            return;
        }
        CatalogVersion version = CatalogVersion.parse(c.edition().version());
        CatalogVersion previous = CatalogVersion.parse(c.edition().supersedes());
        if (previous.compareTo(version) >= 0) {
            ctx.report("/edition/supersedes",
                    Messages.RULE_R7_SUPERSEDES_NOT_EARLIER.text(c.edition().supersedes(), c.edition().version()));
        }
    }
}
