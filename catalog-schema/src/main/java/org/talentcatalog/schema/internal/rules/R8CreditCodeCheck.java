package org.talentcatalog.schema.internal.rules;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CreditCodes;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.internal.Messages;

/**
 * R8 (docs/format.md): a unified social credit code has the right GB 32100-2015 check character. Only the
 * check character is this rule's (the length and alphabet are the schema's).
 */
public final class R8CreditCodeCheck extends HeaderRule {

    @Override
    public String id() {
        return "R8";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.issuance() == null) {
            return;
        }
        for (int i = 0; i < c.issuance().compilers().size(); i++) {
            check(c.issuance().compilers().get(i).creditCode(), "/issuance/compilers/" + i + "/creditCode", ctx);
        }
        for (int i = 0; i < c.issuance().jointIssuers().size(); i++) {
            check(c.issuance().jointIssuers().get(i).creditCode(), "/issuance/jointIssuers/" + i + "/creditCode", ctx);
        }
        if (c.issuance().contractor() != null) {
            check(c.issuance().contractor().creditCode(), "/issuance/contractor/creditCode", ctx);
        }
    }

    private static void check(String code, String pointer, RuleContext ctx) {
        if (code == null || !CreditCodes.hasValidShape(code) || CreditCodes.isValid(code)) {
            return;
        }
        char expected = CreditCodes.checkCharacter(code.substring(0, 17)).orElseThrow();
        ctx.report(pointer, Messages.RULE_R8_CHECK_CHARACTER.text(code, expected, code.charAt(17)));
    }
}
