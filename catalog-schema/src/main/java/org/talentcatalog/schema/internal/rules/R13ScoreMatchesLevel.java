package org.talentcatalog.schema.internal.rules;

import java.util.Optional;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Thresholds;
import org.talentcatalog.schema.Rule;
import org.talentcatalog.schema.RuleContext;
import org.talentcatalog.schema.Severity;

/**
 * R13 (FORMAT.md): with thresholds recorded, a position's score implies its level (the highest
 * level whose threshold ≤ score; none below all), and that must be the level given.
 */
public final class R13ScoreMatchesLevel implements Rule {

    @Override
    public String id() {
        return "R13";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(Catalog c, RuleContext ctx) {
        if (c.methodology() == null || c.methodology().scoring() == null || c.methodology().scoring().thresholds() == null) {
            return;
        }
        Thresholds t = c.methodology().scoring().thresholds();
        for (int i = 0; i < c.positions().size(); i++) {
            Shortage s = c.positions().get(i).shortage();
            if (s == null || s.score() == null || s.level() == null) {
                continue;
            }
            Optional<ShortageLevel> implied = t.levelOf(s.score());
            if (implied.isEmpty() || implied.get() != s.level()) {
                String zh = implied.map(ShortageLevel::zh).orElse("不列入目录");
                String en = implied.map(ShortageLevel::name).orElse("not listed");
                ctx.report("/positions/" + i + "/shortage/level",
                        "按阈值，评分 " + s.score() + " 对应" + zh + "，而给出的等级是" + s.level().zh(),
                        "by the thresholds, score " + s.score() + " means " + en + ", but the level given is " + s.level().name());
            }
        }
    }
}
