package com.example.rules;

import java.math.BigDecimal;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/**
 * X-SALARY-RANGE: a position's salary maximum is at most five times its minimum. A wider range tells
 * an applicant little, so it is a warning. Streaming: each position is checked as it arrives and
 * nothing is kept.
 */
public final class SalaryRangeRule implements StreamingRule {

    private static final BigDecimal FACTOR = BigDecimal.valueOf(5);

    @Override
    public String id() {
        return "X-SALARY-RANGE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Session start(RuleContext context) {
        return new Session() {
            @Override
            public void position(int index, Position position) {
                Salary salary = position.demand() == null ? null : position.demand().salary();
                if (salary == null || salary.min() == null || salary.max() == null) {
                    return; // absent members are other layers' findings
                }
                if (salary.max().compareTo(salary.min().multiply(FACTOR)) > 0) {
                    context.report("/positions/" + index + "/demand/salary/max",
                            "薪酬上限 " + salary.max().toPlainString() + " 超过下限 " + salary.min().toPlainString() + " 的 5 倍",
                            "salary max " + salary.max().toPlainString() + " exceeds 5 times the min " + salary.min().toPlainString());
                }
            }

            @Override
            public void finish(Catalog header, int positions) {
                // every position was checked as it came
            }
        };
    }
}
