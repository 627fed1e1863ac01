package org.talentcatalog.schema.internal.rules;

import java.time.LocalDate;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.Thresholds;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;

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
            dates(c.edition().validFrom(), c.edition().validUntil(), "/edition/validUntil", "生效日期", "validFrom", ctx);
        }
        if (c.methodology() != null && c.methodology().survey() != null) {
            dates(c.methodology().survey().from(), c.methodology().survey().to(), "/methodology/survey/to", "调研开始日期", "from", ctx);
        }
        if (c.methodology() != null && c.methodology().scoring() != null && c.methodology().scoring().thresholds() != null) {
            Thresholds t = c.methodology().scoring().thresholds();
            String base = "/methodology/scoring/thresholds/";
            if (t.veryScarce() < t.scarce()) {
                ctx.report(base + "SCARCE", "紧缺阈值 " + t.scarce() + " 高于非常紧缺阈值 " + t.veryScarce() + "；阈值须递减",
                        "the SCARCE threshold " + t.scarce() + " is above VERY_SCARCE " + t.veryScarce() + "; thresholds must descend");
            }
            if (t.scarce() < t.generallyScarce()) {
                ctx.report(base + "GENERALLY_SCARCE", "一般紧缺阈值 " + t.generallyScarce() + " 高于紧缺阈值 " + t.scarce() + "；阈值须递减",
                        "the GENERALLY_SCARCE threshold " + t.generallyScarce() + " is above SCARCE " + t.scarce() + "; thresholds must descend");
            }
        }
    }

    @Override
    void checkPosition(int i, Position p, RuleContext ctx) {
        Salary s = p.demand() == null ? null : p.demand().salary();
        if (s != null && s.min() != null && s.max() != null && s.min().compareTo(s.max()) > 0) {
            ctx.report("/positions/" + i + "/demand/salary/max",
                    "薪酬上限 " + s.max().toPlainString() + " 低于下限 " + s.min().toPlainString(),
                    "salary max " + s.max().toPlainString() + " is below min " + s.min().toPlainString());
        }
    }

    private static void dates(LocalDate first, LocalDate second, String pointer, String firstZh, String firstEn, RuleContext ctx) {
        if (first != null && second != null && second.isBefore(first)) {
            ctx.report(pointer, "日期 " + second + " 早于" + firstZh + " " + first,
                    "date " + second + " is before " + firstEn + " " + first);
        }
    }
}
