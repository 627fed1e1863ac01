package org.talentcatalog.schema.internal.rules;

import java.time.LocalDate;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.Thresholds;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.internal.Messages;

/**
 * R6 (docs/format.md): ordered pairs hold — {@code validFrom ≤ validUntil}, survey {@code from ≤ to},
 * {@code salary.min ≤ salary.max}, thresholds descend. A broken pair is reported at its second
 * member (for thresholds, the lower-ranked level of the pair).
 */
public final class R6OrderedPairs extends PositionRule {

    @Override
    public String id() {
        return "R6";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    void checkHeader(Catalog c, RuleContext ctx) {
        if (c.edition() != null) {
            dates(c.edition().validFrom(), c.edition().validUntil(), "/edition/validUntil", Messages.RULE_R6_VALID_FROM.text(), ctx);
        }
        if (c.methodology() != null && c.methodology().survey() != null) {
            dates(c.methodology().survey().from(), c.methodology().survey().to(), "/methodology/survey/to", Messages.RULE_R6_SURVEY_FROM.text(), ctx);
        }
        if (c.methodology() != null && c.methodology().scoring() != null && c.methodology().scoring().thresholds() != null) {
            Thresholds t = c.methodology().scoring().thresholds();
            String base = "/methodology/scoring/thresholds/";
            if (t.veryScarce() < t.scarce()) {
                ctx.report(base + "SCARCE", Messages.RULE_R6_SCARCE_ABOVE_VERY_SCARCE.text(t.scarce(), t.veryScarce()));
            }
            if (t.scarce() < t.generallyScarce()) {
                ctx.report(base + "GENERALLY_SCARCE",
                        Messages.RULE_R6_GENERALLY_SCARCE_ABOVE_SCARCE.text(t.generallyScarce(), t.scarce()));
            }
        }
    }

    @Override
    void checkPosition(int i, Position p, RuleContext ctx) {
        Salary s = p.demand() == null ? null : p.demand().salary();
        if (s != null && s.min() != null && s.max() != null && s.min().compareTo(s.max()) > 0) {
            ctx.report("/positions/" + i + "/demand/salary/max",
                    Messages.RULE_R6_SALARY_MAX_BELOW_MIN.text(s.max().toPlainString(), s.min().toPlainString()));
        }
    }

    private static void dates(LocalDate first, LocalDate second, String pointer, LocalizedText firstName, RuleContext ctx) {
        if (first != null && second != null && second.isBefore(first)) {
            ctx.report(pointer, Messages.RULE_R6_DATE_BEFORE.text(second, firstName, first));
        }
    }
}
