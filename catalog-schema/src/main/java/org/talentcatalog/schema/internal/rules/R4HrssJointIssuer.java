package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.internal.Messages;

/** R4 (docs/format.md): once approved, the joint issuers include the HR bureau of the issuing level: MUNICIPAL_HRSS for a municipal catalog, DISTRICT_HRSS for a district one (seed 十). */
public final class R4HrssJointIssuer extends HeaderRule {

    @Override
    public String id() {
        return "R4";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.status() == null || !c.status().isApprovedOrLater() || c.level() == null || c.issuance() == null) {
            return;
        }
        OrganizationRole needed = c.level() == CatalogLevel.MUNICIPAL ? OrganizationRole.MUNICIPAL_HRSS : OrganizationRole.DISTRICT_HRSS;
        boolean found = c.issuance().jointIssuers().stream().anyMatch(o -> o.role() == needed);
        if (!found) {
            String pointer = c.issuance().jointIssuers().isEmpty() ? "/issuance" : "/issuance/jointIssuers";
            ctx.report(pointer, Messages.RULE_R4_JOINT_ISSUER_MISSING.text(
                    LocalizedText.of(c.level().zh(), c.level().name().toLowerCase(java.util.Locale.ROOT)),
                    LocalizedText.of(needed.zh(), needed.en()), needed.name()));
        }
    }
}
