package org.talentcatalog.schema.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Thresholds;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.internal.Messages;

/**
 * R13 (docs/format.md): with thresholds recorded, a position's score implies its level (the highest
 * level whose threshold ≤ score; none below all), and that must be the level given.
 */
public final class R13ScoreMatchesLevel implements StreamingRule {

    @Override
    public String id() {
        return "R13";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    /** What the rule keeps of a scored position until the thresholds are known. */
    private record Scored(int index, double score, ShortageLevel level) {
    }

    @Override
    public Session start(RuleContext ctx) {
        List<Scored> scored = new ArrayList<>();
        return new Session() {
            @Override
            public void position(int i, Position p) {
                Shortage s = p.shortage();
                if (s != null && s.score() != null && s.level() != null) {
                    scored.add(new Scored(i, s.score(), s.level()));
                }
            }

            @Override
            public void finish(Catalog c, int positions) {
                if (c.methodology() == null || c.methodology().scoring() == null
                        || c.methodology().scoring().thresholds() == null) {
                    return;
                }
                Thresholds t = c.methodology().scoring().thresholds();
                for (Scored s : scored) {
                    Optional<ShortageLevel> implied = t.levelOf(s.score());
                    if (implied.isEmpty() || implied.get() != s.level()) {
                        LocalizedText means = implied.map(l -> LocalizedText.of(l.zh(), l.name()))
                                .orElse(Messages.RULE_R13_NOT_LISTED.text());
                        ctx.report("/positions/" + s.index() + "/shortage/level", Messages.RULE_R13_LEVEL_MISMATCH.text(
                                s.score(), means, LocalizedText.of(s.level().zh(), s.level().name())));
                    }
                }
            }
        };
    }
}
