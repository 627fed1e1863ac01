package org.talentcatalog.schema.internal.rules;

import java.util.regex.Pattern;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/** R16 (docs/format.md): a document number looks like a Chinese official one: …〔YYYY〕N号. */
public final class R16DocumentNumberShape extends HeaderRule {

    private static final Pattern SHAPE = Pattern.compile(".+〔[0-9]{4}〕[0-9]+号");

    @Override
    public String id() {
        return "R16";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.issuance() == null || c.issuance().documentNumber() == null) {
            return;
        }
        String number = c.issuance().documentNumber();
        if (!SHAPE.matcher(number).matches()) {
            ctx.report("/issuance/documentNumber", Messages.RULE_R16_DOCUMENT_NUMBER_SHAPE.text(number));
        }
    }
}
